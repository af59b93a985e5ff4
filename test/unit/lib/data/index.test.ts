import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { createSiteData, crossCheck } from '../../../../src/lib/data/index';
import { DATA_FILE_KEYS, dataFile } from '../../../../src/lib/data/registry';
import { dataFixture } from '../../../fixtures/data';

function problemsIn(dir: string): readonly string[] {
  try {
    createSiteData(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).problems;
  }
  return [];
}

describe('crossCheck', () => {
  it('names every unknown pay id and role id with file, line and column', () => {
    const problems = crossCheck({
      pay: [{ id: 'p1' }],
      experience: [{ id: 'e1', role: 'ghost', pay_id: 'p2', line: 5 }, { id: 'e2', role: 'r1', pay_id: 'p1', line: 6 }],
      roles: [{ id: 'r1', line: 7 }],
    });
    expect(problems).toEqual([
      'data/experience.csv:5: pay_id: expected a pay id of data/oews.csv (oews-<soc>-<year>), got "p2"',
      'data/experience.csv:5: role: expected a role id in data/roles.csv, got "ghost"',
    ]);
  });
});

describe('createSiteData', () => {
  it("loads a consistent set of files and gives each role its occupation's newest pay row", () => {
    const dir = dataFixture();
    const data = createSiteData(dir);
    expect(data.dataDir).toBe(dir);
    expect(data.oewsYear).toBe(2024);
    expect(data.roles.map((r) => [r.id, r.pay])).toEqual([['role-a', ['oews-13-1082-2024']], ['role-b', ['oews-13-1082-2024']], ['role-c', ['oews-13-1082-2024']]]);
    expect(data.payById.get('oews-13-1082-2024')).toMatchObject({ pay: 100750, p25: 76950, p75: 131660, at_least: [] });
    expect(data.crosswalkByRole.get('role-a')?.placement).toBe('middle');
    expect(data.projectionsBySoc.get('13-1082')?.openings_per_year_thousands).toBe(78.2);
    // Every registered file is loaded, under its registry key.
    expect(Object.keys(data.files).sort()).toEqual([...DATA_FILE_KEYS].sort());
  });

  it('reads only the folder it is given: two folders, two independent results', () => {
    const a = createSiteData(dataFixture());
    const b = createSiteData(dataFixture('lower-placement'));
    expect(a.crosswalkByRole.get('role-a')?.placement).toBe('middle');
    expect(b.crosswalkByRole.get('role-a')?.placement).toBe('lower');
  });

  it('stops on a crosswalk naming an unknown occupation and on an occupation without a May median, naming file, line and column', () => {
    const dir = dataFixture('bad-crosswalk');
    expect(problemsIn(dir)).toEqual([
      `${dir}/crosswalk.csv:2: soc_code: expected an occupation in data/oews.csv for May 2024, got "99-9999"`,
      `${dir}/crosswalk.csv:2: soc_code: expected an occupation in data/projections.csv, got "99-9999"`,
      `${dir}/crosswalk.csv:3: soc_code: expected an occupation with a May 2024 median wage in data/oews.csv, got "15-1299" (median *)`,
      `${dir}/crosswalk.csv:3: soc_code: expected an occupation in data/projections.csv, got "15-1299"`,
    ]);
  });

  it('collects every cross-file problem into one DataError', () => {
    const dir = dataFixture('bad-refs');
    expect(problemsIn(dir)).toEqual([
      `${dir}/experience.csv:2: pay_id: expected a pay id of data/oews.csv (oews-<soc>-<year>), got "no-such-pay"`,
      `${dir}/experience.csv:2: role: expected a role id in data/roles.csv, got "no-such-role"`,
    ]);
  });

  it('reports problems from every file at once, not just the first, in registry order', () => {
    const dir = 'test/fixtures/data/missing-dir';
    expect(problemsIn(dir)).toEqual(DATA_FILE_KEYS.map((key) => `${dir}/${dataFile(key).name}:1: expected the file to exist and be readable, got ENOENT`));
  });
});
