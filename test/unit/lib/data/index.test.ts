import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The role list has its own tests (ladder); these fix it so they exercise only the checks here.
const roles = vi.hoisted(() => ({
  current: [] as { id: string; title: string; skills: string[]; pay: string[]; line: number }[],
}));
vi.mock('../../../../src/lib/data/roles', () => ({ loadRoles: () => roles.current }));

/** A fresh module graph per test, so the loader's cache and PMP_DATA_DIR start clean. */
async function freshLoader() {
  vi.resetModules();
  const { DataError } = await import('../../../../src/lib/data/csv');
  return { DataError, ...(await import('../../../../src/lib/data/index')) };
}

async function problemsIn(dir: string): Promise<string[]> {
  process.env.PMP_DATA_DIR = dir;
  const { loadSiteData, DataError } = await freshLoader();
  try {
    loadSiteData();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as { problems: string[] }).problems;
  }
  return [];
}

describe('crossCheck', () => {
  it('names every unknown pay id and role id with file, line and column', async () => {
    const { crossCheck } = await freshLoader();
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

describe('loadSiteData', () => {
  const saved = process.env.PMP_DATA_DIR;
  beforeEach(() => {
    roles.current = [{ id: 'role-a', title: 'Role A', skills: ['Team leadership'], pay: [], line: 2 }];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PMP_DATA_DIR;
    else process.env.PMP_DATA_DIR = saved;
  });

  it('loads a consistent set of files and gives each role its occupation\'s newest pay row', async () => {
    process.env.PMP_DATA_DIR = 'test/fixtures/data/good';
    const { loadSiteData } = await freshLoader();
    const data = loadSiteData();
    expect(data.oewsYear).toBe(2024);
    expect(data.roles[0]?.pay).toEqual(['oews-13-1082-2024']);
    expect(data.payById.get('oews-13-1082-2024')).toMatchObject({ pay: 100750, p25: 76950, p75: 131660, at_least: [] });
    expect(data.crosswalkByRole.get('role-a')?.placement).toBe('middle');
    expect(data.projectionsBySoc.get('13-1082')?.openings_per_year_thousands).toBe(78.2);
  });

  it('stops on a crosswalk naming an unknown occupation and on an occupation without a May median, naming file, line and column', async () => {
    roles.current.push({ id: 'role-b', title: 'Role B', skills: [], pay: [], line: 3 });
    expect(await problemsIn('test/fixtures/data/bad-crosswalk')).toEqual([
      'test/fixtures/data/bad-crosswalk/crosswalk.csv:2: soc_code: expected an occupation in data/oews.csv for May 2024, got "99-9999"',
      'test/fixtures/data/bad-crosswalk/crosswalk.csv:2: soc_code: expected an occupation in data/projections.csv, got "99-9999"',
      'test/fixtures/data/bad-crosswalk/crosswalk.csv:3: soc_code: expected an occupation with a May 2024 median wage in data/oews.csv, got "15-1299" (median *)',
      'test/fixtures/data/bad-crosswalk/crosswalk.csv:3: soc_code: expected an occupation in data/projections.csv, got "15-1299"',
    ]);
  });

  it('collects every cross-file problem into one DataError', async () => {
    roles.current.push({ id: 'role-b', title: 'Role B', skills: [], pay: [], line: 3 });
    expect(await problemsIn('test/fixtures/data/bad-refs')).toEqual([
      'test/fixtures/data/bad-refs/experience.csv:2: pay_id: expected a pay id of data/oews.csv (oews-<soc>-<year>), got "no-such-pay"',
      'test/fixtures/data/bad-refs/experience.csv:2: role: expected a role id in data/roles.csv, got "no-such-role"',
    ]);
  });

  it('reports problems from several files at once, not just the first', async () => {
    const problems = await problemsIn('test/fixtures/data/missing-dir');
    // Every file that cannot be read is named in the one run: the BLS, PMI and role files, then the O*NET ones.
    expect(problems.length).toBeGreaterThanOrEqual(7);
    expect(problems.every((p) => p.endsWith('expected the file to exist and be readable, got ENOENT'))).toBe(true);
    expect(problems[0]).toBe('test/fixtures/data/missing-dir/certifications.csv:1: expected the file to exist and be readable, got ENOENT');
    expect(problems).toContain('test/fixtures/data/missing-dir/projections.csv:1: expected the file to exist and be readable, got ENOENT');
    expect(problems).toContain('test/fixtures/data/missing-dir/crosswalk.csv:1: expected the file to exist and be readable, got ENOENT');
  });
});
