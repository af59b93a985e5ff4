import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsAsPlainMarkdown } from '../../../../src/lib/guides/plain-markdown';

const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('readsAsPlainMarkdown', () => {
  it('accepts Markdown that MDX reads the same way: emphasis, links, lists, task lists, tables, ampersands', () => {
    expect(
      readsAsPlainMarkdown(
        '## A heading\n\nPlain *text*, R&D and [a link](/x/).\n\n- [ ] task\n- item\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      ),
    ).toBe(true);
  });

  it.each([
    ['a component', 'Text with <Chart /> inside.'],
    ['an HTML element, which MDX reads as JSX', 'Text with <abbr title="x">PMP</abbr>.'],
    ['an import', 'import Chart from "../chart.astro"\n\nText.'],
    ['an expression', 'Two plus two is {2 + 2}.'],
    ['indented code, which MDX does not have', 'Para.\n\n    not code in MDX\n'],
    ['an autolink, which MDX does not have', 'See <https://example.org>.'],
    ['an HTML comment, which MDX rejects', 'a <!-- note --> b'],
    ['a leading thematic break, which Markdown rendering could take for frontmatter', '---\n\nText.'],
  ])('sends %s to MDX', (_, source) => {
    expect(readsAsPlainMarkdown(source)).toBe(false);
  });

  it('accepts every guide in content/guides, so none of them is compiled as a module', () => {
    const dir = join(process.cwd(), 'content/guides');
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([file, readsAsPlainMarkdown(body(readFileSync(join(dir, file), 'utf8')))]).toEqual([file, true]);
  });
});
