import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The role list belongs to the ladders module; these tests fix it so they exercise only the checks here.
const roles = vi.hoisted(() => ({
  current: [
    { id: 'role-a', title: 'Role A', skills: ['Team leadership'], pay: ['survey-y'], line: 2 },
    { id: 'role-b', title: 'Role B', skills: [], pay: ['bls-missing-too'], line: 3 },
  ] as { id: string; title: string; skills: string[]; pay: string[]; line: number }[],
}));
vi.mock('../../../../src/lib/ladder', () => ({ loadRoles: () => roles.current }));

/** A fresh module graph per test, so the loader's cache and PMP_DATA_DIR start clean. */
async function freshLoader() {
  vi.resetModules();
  const { DataError } = await import('../../../../src/lib/data/csv');
  return { DataError, ...(await import('../../../../src/lib/data/index')) };
}

describe('crossCheck', () => {
  it('names every unknown pay id and role id with file, line and column', async () => {
    const { crossCheck } = await freshLoader();
    const problems = crossCheck({
      pay: [{ id: 'p1' }],
      outlook: [{ id: 'o1', pay_id: 'p1', line: 2 }, { id: 'o2', pay_id: 'nope', line: 3 }, { id: 'o3', pay_id: undefined, line: 4 }],
      experience: [{ id: 'e1', role: 'ghost', pay_id: 'p2', line: 5 }],
      roles: [{ id: 'r1', pay: ['p1', 'p9'], line: 7 }],
    });
    expect(problems).toEqual([
      'data/outlook.csv:3: pay_id: expected an id in data/pay.csv, got "nope"',
      'data/experience.csv:5: pay_id: expected an id in data/pay.csv, got "p2"',
      'data/experience.csv:5: role: expected a role id in data/roles.csv, got "ghost"',
      'data/roles.csv:7: pay: expected ids in data/pay.csv, got "p9"',
    ]);
  });
});

describe('loadSiteData', () => {
  const saved = process.env.PMP_DATA_DIR;
  beforeEach(() => {
    roles.current = [{ id: 'role-a', title: 'Role A', skills: ['Team leadership'], pay: ['survey-y'], line: 2 }];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PMP_DATA_DIR;
    else process.env.PMP_DATA_DIR = saved;
  });

  it('loads a consistent set of files', async () => {
    process.env.PMP_DATA_DIR = 'test/fixtures/data/good';
    const { loadSiteData } = await freshLoader();
    const data = loadSiteData();
    expect(data.payById.get('bls-x')?.pay).toBe(94500);
    expect(data.outlook).toHaveLength(1);
    expect(data.roles.map((r) => r.id)).toEqual(['role-a']);
  });

  it('collects every cross-file problem into one DataError', async () => {
    process.env.PMP_DATA_DIR = 'test/fixtures/data/bad-refs';
    roles.current.push({ id: 'role-b', title: 'Role B', skills: [], pay: ['bls-missing-too'], line: 3 });
    const { loadSiteData, DataError } = await freshLoader();
    let error: unknown;
    try {
      loadSiteData();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as { problems: string[] }).problems).toEqual([
      'test/fixtures/data/bad-refs/outlook.csv:2: pay_id: expected an id in data/pay.csv, got "bls-missing"',
      'test/fixtures/data/bad-refs/experience.csv:2: pay_id: expected an id in data/pay.csv, got "no-such-pay"',
      'test/fixtures/data/bad-refs/experience.csv:2: role: expected a role id in data/roles.csv, got "no-such-role"',
      'test/fixtures/data/bad-refs/roles.csv:3: pay: expected ids in data/pay.csv, got "bls-missing-too"',
    ]);
  });

  it('reports problems from several files at once, not just the first', async () => {
    process.env.PMP_DATA_DIR = 'test/fixtures/data/missing-dir';
    const { loadSiteData, DataError } = await freshLoader();
    expect(() => loadSiteData()).toThrow(DataError);
    try {
      loadSiteData();
    } catch (e) {
      const problems = (e as { problems: string[] }).problems;
      // main's nine files, and the ten O*NET and OEWS skill files
      expect(problems).toHaveLength(19);
      expect(problems[0]).toBe('test/fixtures/data/missing-dir/pay.csv:1: expected the file to exist and be readable, got ENOENT');
      expect(problems[3]).toBe('test/fixtures/data/missing-dir/experience.csv:1: expected the file to exist and be readable, got ENOENT');
    }
  });
});
