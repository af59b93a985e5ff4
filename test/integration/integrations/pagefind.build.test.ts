import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const root = fileURLToPath(new URL('../../fixtures/no-index-site/', import.meta.url));

afterAll(() => {
  for (const dir of ['dist', '.astro']) rmSync(`${root}${dir}`, { recursive: true, force: true });
});

describe('astro build with the Pagefind integration', () => {
  it('fails when there is nothing to index, instead of shipping a site without search', () => {
    // A real build in its own process: Astro cannot run inside the test's own Vite.
    const result = spawnSync(process.execPath, [`${repo}node_modules/astro/bin/astro.mjs`, 'build', '--root', root], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('Pagefind found no pages to index');
    expect(existsSync(`${root}dist/pagefind/pagefind.js`)).toBe(false);
  }, 60_000);
});
