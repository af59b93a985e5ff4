import { describe, expect, it } from 'vitest';
import { comparePayFor } from '../../../../src/lib/compare/pay';
import { payChange as plannerPayChange, type PlannerRole } from '../../../../src/lib/planner';
import { index, site } from '../planner/fixture';

/** The dollars a year a move changes pay by, as each code path reports it; undefined for no change computed. */
function plannerDifference(from: string, to: string): number | undefined {
  const roleOf = (id: string) => index.roles.get(id) as PlannerRole;
  const change = plannerPayChange(index, roleOf(from), roleOf(to));
  return change.kind === 'derived' || change.kind === 'placement' ? change.difference : undefined;
}

describe('one pay rule', () => {
  const roles = site.roles;

  it('gives the same change on a comparison page and in the planner, for every ordered pair of roles', () => {
    let compared = 0;
    for (const a of roles) {
      for (const b of roles) {
        if (a.id === b.id) continue;
        const page = comparePayFor(site, a, b).change;
        expect(plannerDifference(a.id, b.id), `${a.id} -> ${b.id}`).toBe(page.difference);
        const shared = site.crosswalkByRole.get(a.id)!.soc_code === site.crosswalkByRole.get(b.id)!.soc_code;
        expect(page.sameOccupation, `${a.id} -> ${b.id}`).toBe(shared);
        compared++;
      }
    }
    expect(compared).toBe(roles.length * (roles.length - 1));
  });

  it('is antisymmetric: the way back is the same change with the sign turned', () => {
    for (const a of roles) {
      for (const b of roles) {
        if (a.id === b.id) continue;
        const there = comparePayFor(site, a, b).change.difference;
        const back = comparePayFor(site, b, a).change.difference;
        if (there === undefined) expect(back).toBeUndefined();
        else expect(back).toBe(0 - there);
      }
    }
  });
});
