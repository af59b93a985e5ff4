import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pmp-search-index-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The build step as `npm run build` runs it, with real Pagefind, in its own process. */
function indexStep(dir: string) {
  return spawnSync(process.execPath, [join(repo, 'src/build/search-index.ts'), dir], { cwd: repo, encoding: 'utf8' });
}

describe('the search index build step', () => {
  it('indexes a built site and writes the files the search page loads', () => {
    const site = join(scratch, 'site');
    mkdirSync(site);
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Home</title></head><body><main data-pagefind-body><h1>Project managers</h1><p>Pay and outlook.</p></main></body></html>',
    );
    const result = indexStep(site);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Indexed 1 pages for search.');
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('stops with one line when there is no built site, instead of writing an empty search', () => {
    const empty = join(scratch, 'empty');
    const result = indexStep(empty);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `search index: no built site in ${empty} (expected ${join(empty, 'index.html')}); run astro build first`,
    );
    expect(existsSync(join(empty, 'pagefind'))).toBe(false);
  });
});
