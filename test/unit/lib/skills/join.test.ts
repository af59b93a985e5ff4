import { describe, expect, it } from 'vitest';
import { joinWages, socOf } from '../../../../src/lib/skills/join';
import { skillAssociations, skillSlug } from '../../../../src/lib/skills/association';

const r = (onet_code: string, element_id: string, importance: number, level = 3) => ({ onet_code, element_id, importance, level });
const ratings = [
  r('15-1299.08', 'A', 4, 5),
  r('15-1299.09', 'A', 3, 4), // share SOC 15-1299
  r('13-1021.00', 'A', 2), // OEWS publishes only 13-1020
  r('29-1211.00', 'A', 5), // top-coded wage
  r('45-2011.00', 'A', 1), // no wage estimate
  r('11-9999.00', 'A', 1), // no OEWS row at all
  r('43-1011.00', 'A', 1),
];
const counselors = [
  r('21-1011.00', 'A', 2), // OEWS publishes it only under its combined code 21-1018
  r('21-1014.00', 'A', 4),
  r('21-1012.00', 'A', 3),
];
const wages = [
  { soc_code: '15-1299', title: 'Computer Occupations, All Other', a_median: '110000' },
  { soc_code: '13-1020', title: 'Buyers and Purchasing Agents', a_median: '70000' },
  { soc_code: '29-1211', title: 'Anesthesiologists', a_median: '#' },
  { soc_code: '45-2011', title: 'Agricultural Inspectors', a_median: '*' },
  { soc_code: '43-1011', title: 'Supervisors', a_median: '60000' },
];
const counselorWages = [
  { soc_code: '21-1012', title: 'Educational Counselors', a_median: '65000' },
  { soc_code: '21-1018', title: 'Substance Abuse, Behavioral Disorder, and Mental Health Counselors', a_median: '59350' },
];
const titles = new Map([
  ['11-9999.00', 'Made-up Managers'],
  ['21-1015.00', 'Rehabilitation Counselors'],
]);

describe('joinWages', () => {
  const joined = joinWages(ratings, wages, titles);

  it('takes the SOC code from the first seven characters', () => {
    expect(socOf('15-1299.09')).toBe('15-1299');
  });
  it('averages O*NET occupations that share one wage into one point', () => {
    const g = joined.groups.find((x) => x.socCode === '15-1299')!;
    expect(g.onetCodes).toEqual(['15-1299.08', '15-1299.09']);
    expect(g.ratings.get('A')).toEqual({ importance: 3.5, level: 4.5 });
    expect(g.wage).toBe(110000);
    expect(joined.sharedCount).toBe(2);
  });
  it('falls back to the broad group OEWS publishes instead of the detailed code', () => {
    expect(joined.groups.map((g) => g.socCode)).toEqual(['13-1020', '15-1299', '43-1011']);
    expect(joined.broadCount).toBe(1);
  });
  it('takes the one OEWS combined code in the broad group that no O*NET occupation carries', () => {
    const withCounselors = joinWages([...ratings, ...counselors], [...wages, ...counselorWages], titles);
    const g = withCounselors.groups.find((x) => x.socCode === '21-1018')!;
    expect(g.onetCodes).toEqual(['21-1011.00', '21-1014.00']);
    expect(g.wage).toBe(59350);
    expect(withCounselors.combinedCount).toBe(1);
    expect(withCounselors.excluded.map((e) => e.socCode)).not.toContain('21-1011');
    expect(joined.combinedCount).toBe(0);
    // With a second unclaimed detailed line in the group the match is ambiguous, so it is left out.
    const ambiguous = joinWages(
      [...ratings, ...counselors],
      [...wages, ...counselorWages, { soc_code: '21-1017', title: 'Made-up', a_median: '1' }],
      titles,
    );
    expect(ambiguous.excluded.filter((e) => e.socCode.startsWith('21-101')).map((e) => e.onetCode)).toEqual(['21-1011.00', '21-1014.00']);
  });
  it('lists every occupation left out, with its reason, rather than dropping it', () => {
    expect(joined.ratedCount).toBe(7);
    expect(joined.excluded).toEqual([
      { onetCode: '11-9999.00', title: 'Made-up Managers', socCode: '11-9999', reason: 'no-wage-row' },
      { onetCode: '29-1211.00', title: '29-1211.00', socCode: '29-1211', reason: 'wage-top-coded' },
      { onetCode: '45-2011.00', title: '45-2011.00', socCode: '45-2011', reason: 'wage-not-available' },
    ]);
  });
});

describe('skillAssociations', () => {
  it('measures each skill over the joined points and sorts by rank correlation', () => {
    const joined = joinWages(
      [...ratings, r('15-1299.08', 'B', 1), r('15-1299.09', 'B', 1), r('13-1021.00', 'B', 3), r('43-1011.00', 'B', 5)],
      wages,
      titles,
    );
    const [first, second] = skillAssociations(joined.groups, [
      { element_id: 'B', name: 'Bee' },
      { element_id: 'A', name: 'Active Listening' },
    ]);
    // A: importance 2, 3.5, 1 against wages 70k, 110k, 60k rise together: rho = 1
    expect(first!.name).toBe('Active Listening');
    expect(first!.rho).toBeCloseTo(1, 12);
    expect(first!.points).toHaveLength(3);
    // B: 3, 1, 5 against 70k, 110k, 60k: exactly reversed, rho = -1
    expect(second!.rho).toBeCloseTo(-1, 12);
  });
  it('makes URL slugs from skill names', () => {
    expect(skillSlug('Management of Personnel Resources')).toBe('management-of-personnel-resources');
    expect(skillSlug('Operations Monitoring')).toBe('operations-monitoring');
  });
});
