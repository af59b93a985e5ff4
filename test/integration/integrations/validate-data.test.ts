import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'pmp-bad-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('bad data stops the build before anything is written', () => {
  it('names file, line, column and expectation, and leaves no output folder', { timeout: 120_000 }, async () => {
    const dataDir = join(scratch, 'data');
    cpSync('data', dataDir, { recursive: true });
    // Two files wrong at once: percentiles out of order in the wage data, and a crosswalk row with an unknown placement.
    const oews = readFileSync(join(dataDir, 'oews.csv'), 'utf8').split('\n');
    const line = oews.findIndex((l) => l.startsWith('13-1082,') && l.includes(',2024,May 2024,'));
    oews[line] = oews[line]!.replace(',100750,131660,', ',100750,99000,');
    writeFileSync(join(dataDir, 'oews.csv'), oews.join('\n'));
    const crosswalk = readFileSync(join(dataDir, 'crosswalk.csv'), 'utf8').split('\n');
    const row = crosswalk.findIndex((l) => l.startsWith('business-analyst,'));
    crosswalk[row] = crosswalk[row]!.replace(',13-1111.00,middle,', ',13-1111.00,top,');
    writeFileSync(join(dataDir, 'crosswalk.csv'), crosswalk.join('\n'));
    const outDir = join(scratch, 'dist');

    const result = await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, PMP_DATA_DIR: dataDir, PMP_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1' },
    }).then(
      (r) => ({ ok: true, output: r.stdout + r.stderr }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );

    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${dataDir}/oews.csv:${line + 1}: p75: expected at least median (100750), got "99000"`);
    expect(result.output).toContain(
      `${dataDir}/crosswalk.csv:${row + 1}: placement: expected one of lower, middle, upper, top-quarter, top-tenth, got "top"`,
    );
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    // An Astro error with a hint, and nothing after the list but the hint: no hook-failure line.
    expect(result.output).toContain("[DataError] The site's data is invalid (2 problems):");
    expect(result.output).toMatch(/Hint:\s+Fix each line listed above in its data file/);
    expect(result.output).not.toContain('An unhandled error occurred');
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
