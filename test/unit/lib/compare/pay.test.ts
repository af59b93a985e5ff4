import { describe, expect, it } from 'vitest';
import { comparePayFor } from '../../../../src/lib/compare/pay';
import { loadSiteData } from '../../../../src/lib/data/index';
import { comparePairs, getGraph } from '../../../../src/lib/ladder';
import { roleOccupation } from '../../../../src/lib/pay/occupation';

const data = loadSiteData();
const pairs = comparePairs(getGraph());

describe('comparePayFor (the pay section of a comparison page)', () => {
  it('has comparison pairs to check', () => expect(pairs.length).toBeGreaterThan(10));

  it("charts each role's occupation, labelled with the role, and marks the site's placement only where the role has one", () => {
    for (const [a, b] of pairs) {
      const pay = comparePayFor(data, a, b);
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
  });

  it('states the change in dollars and names the release it compares', () => {
    const [a, b] = pairs[0]!;
    const pay = comparePayFor(data, a, b);
    expect(pay.change.text).toMatch(/\$\d/);
    expect(pay.period).toBe(roleOccupation(data, b.id).latest.period);
  });
});
