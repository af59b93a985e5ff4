import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'pmp-mdx-guides-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Plain-Markdown guides are rendered while content syncs; one that uses MDX must still get MDX.
describe('guides with and without MDX syntax', () => {
  it('both build, and the MDX one keeps its element and evaluates its expression', { timeout: 300_000 }, async () => {
    const outDir = join(scratch, 'dist');
    await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, PMP_GUIDES_DIR: './test/fixtures/guides/mdx-and-markdown', PMP_CACHE_DIR: join(scratch, 'cache'), NO_COLOR: '1' },
    });
    const html = (slug: string) => readFileSync(join(outDir, 'guides', slug, 'index.html'), 'utf8');
    for (const slug of ['plain', 'uses-mdx']) {
      expect(html(slug)).toContain('<h2 id="first-section">First section</h2>');
      expect(html(slug)).toMatch(/<td data-label="Stage">Start<\/td>/);
    }
    expect(html('uses-mdx')).toContain('<abbr title="Project Management Professional">PMP</abbr>');
    expect(html('uses-mdx')).toContain('two plus two is 4.');
    expect(html('uses-mdx')).toContain('<a href="#second-section">Second section</a>');
  });
});
