import { describe, expect, it } from 'vitest';
import { ALL_OCCUPATIONS, loadSiteData } from '../../../../src/lib/data/index';
import { comparePay } from '../../../../src/lib/pay/compare';
import { listWords, payLead, quickFacts, withArticle } from '../../../../src/lib/pay/facts';
import { occupationJsonLd } from '../../../../src/lib/pay/json-ld';
import { roleOccupation } from '../../../../src/lib/pay/occupation';
import { PLACEMENT_RULES, rolePlacement } from '../../../../src/lib/pay/placement';
import { medianTrend, methodChange } from '../../../../src/lib/pay/trend';

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
    expect(facts.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Occupation median, all levels', 'Typical entry education', 'Openings a year']),
    );
    for (const f of facts) expect(f.url).toMatch(/^https:\/\/www\.bls\.gov\//);
    expect(facts.find((f) => f.label === 'Openings a year')?.value).toBe('78,200');
  });
  it("leads a rung's pay with its placement, never with the occupation's median", () => {
    const coordinator = roleOccupation(data, 'project-coordinator');
    const [first, second] = quickFacts(coordinator, undefined);
    expect(first!.label).toMatch(/placement/);
    // Lower placement: 10th percentile to median of project management specialists, May 2025.
    expect(first!.value).toBe('$61,580 to $102,320 a year');
    expect(first!.detail).toMatch(/judgement/);
    expect(second).toMatchObject({ label: 'Occupation median, all levels', value: '$102,320 a year', period: 'May 2025' });
    const lead = payLead(coordinator, 'project coordinator', []);
    expect(lead[0]).toMatch(/^The site places a project coordinator in the lower half/);
    expect(lead[1]).toContain('BLS counts project coordinators among project management specialists');
    expect(lead[1]).toContain('median $102,320 across all levels');
    expect(lead).toHaveLength(2);
  });
  it('says why two rungs of one occupation placed alike show the same pay', () => {
    const itpm = roleOccupation(data, 'it-project-manager');
    const sameAs = itpm.samePlacement;
    expect(sameAs.length).toBeGreaterThan(0);
    for (const id of sameAs)
      expect(data.crosswalkByRole.get(id)).toMatchObject({ soc_code: itpm.soc, placement: itpm.crosswalk.placement });
    const lead = payLead(itpm, 'IT project manager', ['technical project manager']);
    expect(lead[0]).toMatch(/^The site places an IT project manager/);
    expect(lead[2]).toMatch(/places a technical project manager at the same point/);
    expect(lead[1]).toContain('cover computer occupations, all other, at every level');
  });
  it('lists names in words', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listWords)).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
  it('picks a or an by sound', () => {
    expect(['project manager', 'IT project manager', 'engineer', 'business analyst', 'user'].map(withArticle)).toEqual([
      'a project manager',
      'an IT project manager',
      'an engineer',
      'a business analyst',
      'a user',
    ]);
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
      median: 102320,
      percentile10: 61580,
      percentile90: 167970,
    });
  });
  it('tabulates the median trend per occupation', () => {
    const table = medianTrend(data.oews, ['13-1082', '99-9999']);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells.at(-1)).toMatchObject({ year: 2025, text: '$102,320' });
    expect(table.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(table.methodChange).toEqual({
      year: 2025,
      note: "May 2025 estimates use BLS's new model-based method; compare with earlier years with care.",
    });
  });
  it('finds where a series changes method, and nothing in a series of one method', () => {
    const survey = (year: number) => ({ year, method: 'survey' as const });
    expect(methodChange([survey(2022), survey(2021), { year: 2025, method: 'model' }, survey(2024)])?.year).toBe(2025);
    expect(methodChange([survey(2021), survey(2022)])).toBeUndefined();
    expect(methodChange([])).toBeUndefined();
  });
});
