import { describe, expect, it } from 'vitest';
import { BOTH_ROLES, comparePayFor } from '../../../../src/lib/compare/pay';
import { loadSiteData } from '../../../../src/lib/data/index';
import { comparePairs, getGraph } from '../../../../src/lib/ladder';
import { roleOccupation } from '../../../../src/lib/pay/occupation';

const data = loadSiteData();
const pairs = comparePairs(getGraph());

describe('comparePayFor (the pay section of a comparison page)', () => {
  it('has comparison pairs to check', () => expect(pairs.length).toBeGreaterThan(10));

  it("charts each role's occupation, labelled with the role, and marks the site's placement only where the role has one", () => {
    let separate = 0;
    for (const [a, b] of pairs) {
      const pay = comparePayFor(data, a, b);
      if (pay.change.sameOccupation) continue;
      separate++;
      expect(pay.items.length).toBeGreaterThanOrEqual(2);
      expect(pay.items.filter((i) => i.label === a.title).length).toBeGreaterThan(0);
      expect(pay.items.filter((i) => i.label === b.title).length).toBeGreaterThan(0);
      for (const i of pay.items) {
        const role = i.label === a.title ? a : b;
        const occ = roleOccupation(data, role.id);
        expect(i.row.pay).toBe(occ.latest.median);
        if (i.placement) expect(i.placement.low).toBeLessThanOrEqual(i.placement.high);
      }
      expect(new Set(pay.items.map((i) => i.key)).size).toBe(pay.items.length);
    }
    expect(separate, 'pairs in two occupations').toBeGreaterThan(0);
  });

  it('draws one occupation once when both roles fall in it, labelled as both roles and without a placement', () => {
    let shared = 0;
    for (const [a, b] of pairs) {
      const pay = comparePayFor(data, a, b);
      if (!pay.change.sameOccupation) continue;
      shared++;
      expect(pay.items.map((i) => i.label)).toEqual([BOTH_ROLES]);
      expect(pay.items[0]!.row.pay).toBe(roleOccupation(data, a.id).latest.median);
      expect(pay.items[0]!.placement).toBeUndefined();
      expect(new Set(pay.items.map((i) => i.row.id)).size).toBe(pay.items.length);
    }
    expect(shared, 'pairs within one occupation').toBeGreaterThan(0);
  });

  it('states the change in dollars and names the release it compares', () => {
    const [a, b] = pairs[0]!;
    const pay = comparePayFor(data, a, b);
    expect(pay.change.text).toMatch(/\$\d/);
    expect(pay.period).toBe(roleOccupation(data, b.id).latest.period);
  });
});
