import { describe, expect, it } from 'vitest';
import { ALL_OCCUPATIONS, loadSiteData } from '../../../../src/lib/data/index';
import { comparePay } from '../../../../src/lib/pay/compare';
import { quickFacts } from '../../../../src/lib/pay/facts';
import { occupationJsonLd } from '../../../../src/lib/pay/json-ld';
import { roleOccupation } from '../../../../src/lib/pay/occupation';
import { PLACEMENT_RULES, rolePlacement } from '../../../../src/lib/pay/placement';
import { medianTrend } from '../../../../src/lib/pay/trend';

const data = loadSiteData();
const payOf = (roleId: string) => data.payById.get(data.roles.find((r) => r.id === roleId)!.pay[0]!)!;

describe('placements', () => {
  it('mark a band and a point that rise from lower to upper', () => {
    const row = { mean: 1, p10: 10, p25: 25, median: 50, p75: 75, p90: 90, top_code: 1000 };
    const [lower, middle, upper] = (['lower', 'middle', 'upper'] as const).map((p) => rolePlacement(p, row));
    expect([lower!.point, middle!.point, upper!.point]).toEqual([
      { kind: 'value', value: 25 },
      { kind: 'value', value: 50 },
      { kind: 'value', value: 75 },
    ]);
    expect([lower!.low, upper!.high]).toEqual([
      { kind: 'value', value: 10 },
      { kind: 'value', value: 90 },
    ]);
    expect(PLACEMENT_RULES.upper.words).toMatch(/75th/);
  });
});

describe("a role's occupation", () => {
  const pm = roleOccupation(data, 'project-manager');
  it('joins crosswalk, newest OEWS row, trend and projection by SOC code', () => {
    expect(pm).toMatchObject({
      soc: '13-1082',
      name: 'Project management specialists',
      latest: { year: data.oewsYear },
      projection: { soc_code: '13-1082' },
    });
    expect(pm.trend.map((r) => r.year)).toEqual([...pm.trend.map((r) => r.year)].sort());
    expect(pm.sharedWith).toEqual(expect.arrayContaining(['project-coordinator', 'senior-project-manager']));
    expect(() => roleOccupation(data, 'no-such-role')).toThrow(/crosswalk/);
  });
  it('gives quick facts with a source and period each', () => {
    const facts = quickFacts(pm, data.projectionsBySoc.get(ALL_OCCUPATIONS));
    expect(facts.map((f) => f.label)).toEqual(expect.arrayContaining(['Median pay', 'Typical entry education', 'Openings a year']));
    for (const f of facts) expect(f.url).toMatch(/^https:\/\/www\.bls\.gov\//);
    expect(facts.find((f) => f.label === 'Openings a year')?.value).toBe('78,200');
  });
  it('compares within one occupation by placement, and across occupations median to median', () => {
    const coordinator = roleOccupation(data, 'project-coordinator');
    const same = comparePay(
      { name: 'coordinator', occupation: coordinator, pay: payOf('project-coordinator') },
      { name: 'manager', occupation: pm, pay: payOf('project-manager') },
    );
    expect(same).toMatchObject({ sameOccupation: true, difference: (pm.latest.median as number) - (coordinator.latest.p25 as number) });
    expect(same.text).toMatch(/placement's/);
    const ism = roleOccupation(data, 'programme-manager');
    const across = comparePay(
      { name: 'manager', occupation: pm, pay: payOf('project-manager') },
      { name: 'programme manager', occupation: ism, pay: payOf('programme-manager') },
    );
    expect(across).toMatchObject({ sameOccupation: false, difference: (ism.latest.median as number) - (pm.latest.median as number) });
  });
  it('describes the role as a schema.org Occupation with BLS percentiles', () => {
    const ld = occupationJsonLd(
      { title: 'Project manager', summary: 'Runs projects.', alsoCalled: [] },
      pm,
      'https://x.example/roles/project-manager/',
    );
    expect(ld).toMatchObject({
      '@type': 'Occupation',
      occupationalCategory: { codeValue: '13-1082' },
      educationRequirements: "Bachelor's degree",
    });
    expect((ld['estimatedSalary'] as Record<string, unknown>[])[0]).toMatchObject({
      '@type': 'MonetaryAmountDistribution',
      median: 100750,
      percentile10: 59830,
    });
  });
  it('tabulates the median trend per occupation', () => {
    const table = medianTrend(data.oews, ['13-1082', '99-9999']);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells.at(-1)).toMatchObject({ text: '$100,750' });
  });
});
