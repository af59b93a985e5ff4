import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'pmp-standalone-'));
const clone = join(scratch, 'repo');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The repository stands alone: a clone of HEAD with nothing beside it (no ../shared, no sources
 * folder) passes the unit projects and the coverage thresholds. node_modules is linked in rather
 * than installed, so the check needs no network.
 */
// A source tree that is not a git checkout (an unpacked archive) has nothing to clone.
const checkout = existsSync('.git');
if (!checkout) console.info('clone-alone check skipped: not a git checkout');

describe.skipIf(!checkout)('a clone of the repository, alone in an empty folder', () => {
  it('passes the unit projects and the coverage thresholds', { timeout: 600_000 }, async () => {
    await run('git', ['clone', '--quiet', '--no-hardlinks', resolve('.'), clone]);
    expect(readdirSync(scratch)).toEqual(['repo']);
    symlinkSync(resolve('node_modules'), join(clone, 'node_modules'), 'dir');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PMP_') && !k.startsWith('VITEST')));
    const { stdout } = await run(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/vitest.config.ts',
        '--project',
        'unit*',
        '--coverage',
        '--coverage.reportsDirectory',
        join(scratch, 'coverage'),
      ],
      { cwd: clone, env: { ...env, NO_COLOR: '1', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the unit projects failed in a clone alone:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`.slice(-6000));
    });
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
    expect(stdout).not.toMatch(/skipped/);
    expect(existsSync(join(scratch, 'shared'))).toBe(false);
  });
});
