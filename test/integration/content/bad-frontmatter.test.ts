import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const caches: string[] = [];

/** Runs Astro's content sync (the first step of every build) over one fixture folder of guides. */
async function syncFixture(folder: string): Promise<{ ok: boolean; output: string }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'pmp-sync-'));
  caches.push(cacheDir);
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], {
      env: { ...process.env, PMP_GUIDES_DIR: `./test/fixtures/guides/${folder}`, PMP_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('bad guide frontmatter stops the build', { timeout: 120_000 }, () => {
  const cases = [
    ['bad-title', 'bad-title/missing-title.mdx', /title: /],
    ['bad-date', 'bad-date/bad-date.mdx', /updated: expected a real calendar date in quotes/],
    ['bad-type', 'bad-type/roles-not-a-list.mdx', /roles: /],
    ['unknown-field', 'unknown-field/unknown-field.mdx', /readingTime/],
  ] as const;

  it.each(cases)('%s: names the file and the field', async (folder, file, field) => {
    const { ok, output } = await syncFixture(folder);
    expect(ok).toBe(false);
    expect(output).toContain(`test/fixtures/guides/${file}`);
    expect(output).toMatch(field);
  });

  it('duplicate slug: names both files', async () => {
    const { ok, output } = await syncFixture('duplicate-slug');
    expect(ok).toBe(false);
    expect(output).toMatch(/same-slug/);
    expect(output).toContain('test/fixtures/guides/duplicate-slug/first.mdx');
    expect(output).toContain('test/fixtures/guides/duplicate-slug/second.mdx');
  });
});
