import { describe, expect, it } from 'vitest';
import { compareGlance, payWithRange } from '../../../../src/lib/compare/glance';
import { loadSiteData } from '../../../../src/lib/data/index';
import { comparePairs, getGraph } from '../../../../src/lib/ladder';
import { roleOccupation } from '../../../../src/lib/pay/occupation';
import { formatWage, wageOf } from '../../../../src/lib/pay/wage';

const data = loadSiteData();
const pairs = comparePairs(getGraph());
const cellsOf = (glance: ReturnType<typeof compareGlance>, heading: RegExp) => {
  const row = glance.rows.find((r) => heading.test(r.heading));
  expect(row, `a row headed ${heading}`).toBeDefined();
  return [row!.a, row!.b] as const;
};

describe('compareGlance (the table on every comparison page)', () => {
  it('has comparison pairs to check', () => expect(pairs.length).toBeGreaterThan(10));

  it('gives each role its median pay in dollars with a percentile range, never a count', () => {
    for (const [a, b] of pairs) {
      const glance = compareGlance(data, a, b);
      const [payA, payB] = cellsOf(glance, /^Occupation's median pay/);
      for (const [role, cell] of [
        [a, payA],
        [b, payB],
      ] as const) {
        const occ = roleOccupation(data, role.id);
        expect(cell, role.id).toContain(formatWage(wageOf(occ.latest, 'median')));
        expect(cell, role.id).toMatch(/(25th|10th) percentile \$[\d,]+ to (75th|90th) percentile (at least )?\$[\d,]+/);
      }
      for (const row of glance.rows)
        for (const cell of [row.a, row.b])
          expect(typeof cell === 'string' ? cell : cell.join(), `${a.id} vs ${b.id}: ${row.heading}`).not.toMatch(/^\d+$/);
    }
  });

  it("shows the site's placement only when both roles share an occupation, and labels it as the site's", () => {
    let shared = 0;
    for (const [a, b] of pairs) {
      const glance = compareGlance(data, a, b);
      const same = roleOccupation(data, a.id).soc === roleOccupation(data, b.id).soc;
      const row = glance.rows.find((r) => /placement/i.test(r.heading));
      expect(glance.sameOccupation).toBe(same);
      expect(row !== undefined, `${a.id} vs ${b.id}`).toBe(same);
      if (row) {
        shared++;
        expect(row.heading).toMatch(/^Site's placement.*not a BLS figure/);
        const rule = roleOccupation(data, a.id).placement.rule;
        expect(row.a).toMatch(rule.low === rule.high ? /percentile \$[\d,]+$/ : /\$[\d,]+ to .*\$[\d,]+/);
      }
    }
    expect(shared, 'pairs within one occupation').toBeGreaterThan(0);
  });

  it('names the skills each role lists that the other does not, and the 2024-34 growth as a signed percentage', () => {
    for (const [a, b] of pairs) {
      const glance = compareGlance(data, a, b);
      const [onlyA, onlyB] = cellsOf(glance, /^Skills only/);
      expect(onlyA).toEqual(a.skills.filter((s) => !b.skills.includes(s)));
      expect(onlyB).toEqual(b.skills.filter((s) => !a.skills.includes(s)));
      expect(glance.skills.shared).toEqual(a.skills.filter((s) => b.skills.includes(s)));
      const [growthA] = cellsOf(glance, /^Job growth, 2024-34/);
      expect(growthA).toMatch(new RegExp(`^[+−]?${Math.abs(roleOccupation(data, a.id).projection.change_pct)}% for `));
    }
  });

  it('falls back to the 10th-90th percentile range when BLS has no quartile estimate', () => {
    const occ = roleOccupation(data, pairs[0]![0].id);
    const text = payWithRange({ ...occ, latest: { ...occ.latest, p25: '*' } });
    expect(text).toContain('10th percentile');
    expect(text).not.toContain('25th percentile');
  });
});
