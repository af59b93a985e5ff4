import { describe, expect, it } from 'vitest';
import { nextRungs, payLine } from '../../../../src/lib/compare/next-rungs';
import { comparePayFor } from '../../../../src/lib/compare/pay';
import { loadSiteData } from '../../../../src/lib/data/index';
import { getGraph, leadsTo } from '../../../../src/lib/ladder';

const data = loadSiteData();
const graph = getGraph();

describe('nextRungs (where a role page says the role leads)', () => {
  it('lists every rung the role leads to, with what each asks that this role does not list', () => {
    let checked = 0;
    for (const role of graph.roles) {
      const next = nextRungs(data, graph, role);
      expect(next.map((n) => n.role.id)).toEqual(leadsTo(graph, role.id).map((r) => r.id));
      for (const n of next) {
        checked++;
        expect(n.skillsToAdd).toEqual(n.role.skills.filter((s) => !role.skills.includes(s)));
        expect(n.certificationsToAdd).toEqual(n.role.certifications.filter((c) => !role.certifications.includes(c)));
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('gives the pay change the comparison page works out, in one line that says how', () => {
    for (const role of graph.roles)
      for (const n of nextRungs(data, graph, role)) {
        const pay = comparePayFor(data, role, n.role);
        expect(n.payLine).not.toContain('\n');
        expect(n.payLine).toContain(pay.period);
        if (pay.change.difference !== undefined) expect(n.payLine).toMatch(/^[+−]?\$[\d,]+ a year/);
        expect(n.payLine).toMatch(pay.change.sameOccupation ? /site's placements.*a judgement/ : /median to median.*\(derived\)/);
      }
  });

  it('says no change can be worked out when a figure is missing', () => {
    expect(payLine({ sameOccupation: false, difference: undefined }, 'May 2024')).toBe(
      'No change can be worked out: a May 2024 figure is not published.',
    );
    expect(payLine({ sameOccupation: true, difference: -1200 }, 'May 2024')).toMatch(/^−\$1,200 a year between the site's placements/);
  });
});
