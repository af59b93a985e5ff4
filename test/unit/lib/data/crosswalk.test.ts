import { describe, expect, it } from 'vitest';
import { problemsOf } from './problems';
import { crosswalkFile, crosswalkProblems } from '../../../../src/lib/data/crosswalk';
import { loadSiteData } from '../../../../src/lib/data/index';

const HEADER = 'role,soc_code,onet_code,onet_ratings_code,placement,why,covers,excludes';

describe('crosswalk file', () => {
  it('rejects a bad placement, a malformed SOC code and an O*NET code outside the SOC', () => {
    const text = `${HEADER}\na,13-1082,15-1299.09,,top,w,c,e\nb,131082,,,lower,w,c,e\n`;
    const found = problemsOf(() => crosswalkFile.parse(text));
    expect(found).toContain('data/crosswalk.csv:2: placement: expected one of lower, middle, upper, top-quarter, top-tenth, got "top"');
    expect(found).toContain('data/crosswalk.csv:3: soc_code: expected a SOC code such as 13-1082, got "131082"');
    expect(problemsOf(() => crosswalkFile.parse(`${HEADER}\na,13-1082,15-1299.09,,lower,w,c,e\n`))).toEqual([
      'data/crosswalk.csv:2: onet_code: expected an O*NET code within SOC 13-1082 (such as 13-1082.00), got "15-1299.09"',
    ]);
  });

  it('names an unknown occupation, one without a median, a missing projection and an unmapped role', () => {
    const crosswalk = crosswalkFile.parse(`${HEADER}\na,99-9999,,,lower,w,c,e\nb,13-1082,,,middle,w,c,e\nc,13-1111,,,middle,w,c,e\n`);
    const found = crosswalkProblems(
      {
        roles: [{ id: 'a', line: 2 }, { id: 'b', line: 3 }, { id: 'd', line: 4 }],
        crosswalk,
        oews: [{ soc_code: '13-1082', year: 2024, median: '*' }, { soc_code: '13-1111', year: 2024, median: 99000 }, { soc_code: '99-9999', year: 2023, median: 1 }],
        projections: [{ soc_code: '13-1082' }],
      },
      { roles: 'data/roles.csv', crosswalk: 'data/crosswalk.csv' },
    );
    expect(found).toEqual([
      'data/crosswalk.csv:1: role: expected a row for every role in data/roles.csv, got none for "d" (data/roles.csv:4)',
      'data/crosswalk.csv:2: soc_code: expected an occupation in data/oews.csv for May 2024, got "99-9999"',
      'data/crosswalk.csv:2: soc_code: expected an occupation in data/projections.csv, got "99-9999"',
      'data/crosswalk.csv:3: soc_code: expected an occupation with a May 2024 median wage in data/oews.csv, got "13-1082" (median *)',
      'data/crosswalk.csv:4: role: expected a role id in data/roles.csv, got "c"',
      'data/crosswalk.csv:4: soc_code: expected an occupation in data/projections.csv, got "13-1111"',
    ]);
  });

  it('maps every role of the real data to one occupation with May 2024 pay', () => {
    const data = loadSiteData();
    expect(data.crosswalk).toHaveLength(data.roles.length);
    for (const role of data.roles) expect(data.crosswalkByRole.get(role.id)?.soc_code).toMatch(/^\d\d-\d{4}$/);
  });
});
