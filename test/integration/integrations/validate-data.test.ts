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
    const pay = readFileSync(join(dataDir, 'pay.csv'), 'utf8').split('\n');
    pay[1] = pay[1]!.replace(',94500,', ',-94500,');
    writeFileSync(join(dataDir, 'pay.csv'), pay.join('\n'));
    const outDir = join(scratch, 'dist');

    const result = await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, PMP_DATA_DIR: dataDir, PMP_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1' },
    }).then(
      (r) => ({ ok: true, output: r.stdout + r.stderr }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );

    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${dataDir}/pay.csv:2: pay: expected a number of 0 or more, got "-94500"`);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
