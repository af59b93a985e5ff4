import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../built/site';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'pmp-rebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      out[file] = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
    } catch {
      // a directory
    }
  }
  return out;
}

describe('the build is reproducible', () => {
  it('a second build from the same sources, with a cold cache, is byte-identical to dist/', { timeout: 300_000 }, async () => {
    const outDir = join(scratch, 'dist');
    // The two steps of `npm run build`: the site, then its search index.
    await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, PMP_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1' },
    });
    await run(process.execPath, ['src/build/search-index.ts', outDir]);
    const first = digests(DIST);
    const second = digests(outDir);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });
});
