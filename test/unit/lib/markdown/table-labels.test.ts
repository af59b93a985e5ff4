import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableLabels } from '../../../../src/lib/markdown/table-labels';

const html = (md: string) => markdownToHtml(md, { hastPlugins: [tableLabels] }).html;

describe('tableLabels', () => {
  it('marks a table to stack on phones and labels each cell with its column heading', () => {
    const out = html('| Role | Median |\n| --- | --- |\n| PM | $100 |\n');
    expect(out).toContain('<table class="table-stack">');
    expect(out).toContain('<td data-label="Role">PM</td>');
    expect(out).toContain('<td data-label="Median">$100</td>');
  });

  it('turns a blank top-left header into a plain cell, valid for the Nu checker and axe', () => {
    const out = html('|  | PMP | CAPM |\n| --- | --- | --- |\n| Exam | 180 | 150 |\n');
    expect(out).not.toContain('role="presentation"');
    expect(out).not.toMatch(/<th>\s*<\/th>/);
    expect(out).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th>PMP<\/th>/);
    expect(out).toContain('<td data-label="PMP">180</td>');
  });
});
