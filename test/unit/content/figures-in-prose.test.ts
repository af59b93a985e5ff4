import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './files';

/**
 * "A number in prose comes from data/": every money amount, percentage and thousands-separated
 * count written in a guide must be a value some data/*.csv cell holds.
 */
const dataValues = new Set<number>();
// Résumé bullets in data/role-interview.csv are templates whose figures the reader replaces: not data a guide may quote.
for (const file of filesUnder('data', /\.csv$/).filter((f) => !f.endsWith('role-interview.csv'))) {
  // Cell by cell, so adjacent numeric cells ("7,56300,70400") are not read as one number.
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(file, 'utf8')).data;
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const token of cell.match(/-?\d[\d,]*(?:\.\d+)?/g) ?? []) {
        const value = Number(token.replace(/,/g, ''));
        dataValues.add(value);
        // BLS publishes projections in thousands (78.2); prose writes them out in full (78,200), an exact conversion.
        if (header[i]?.endsWith('_thousands')) dataValues.add(Math.round(value * 1000));
      }
    });
  }
}

/**
 * A worked example with made-up numbers (an earned-value calculation, an offer to negotiate) is a
 * blockquote whose first line carries the label readers see, "**Worked example (made-up numbers,
 * not data)**". Its figures are illustrations, not data, so they are not looked up; every other
 * blockquote and every other line still is.
 */
const EXAMPLE_LABEL = /^> \*\*Worked example \(made-up numbers, not data\)/;

function withoutLabelledExamples(mdx: string): string {
  const lines = mdx.split('\n');
  let inExample = false;
  return lines
    .map((line, i) => {
      const quoted = line.startsWith('>');
      if (quoted && !(lines[i - 1] ?? '').startsWith('>')) inExample = EXAMPLE_LABEL.test(line);
      if (!quoted) inExample = false;
      return inExample ? '' : line;
    })
    .join('\n');
}

function figuresIn(mdx: string): { text: string; value: number }[] {
  const body = withoutLabelledExamples(mdx).replace(/\]\([^)]*\)/g, ']');
  const found: { text: string; value: number }[] = [];
  for (const m of body.matchAll(/\$(\d[\d,]*(?:\.\d+)?)(K)?\b/g)) found.push({ text: m[0], value: Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1) });
  for (const m of body.matchAll(/(?<![\d$])(\d+(?:\.\d+)?)\s?(%|percent\b)/g)) found.push({ text: m[0], value: Number(m[1]) });
  for (const m of body.matchAll(/(?<![\d$,])(\d{1,3}(?:,\d{3})+)(?![\d,]*K)/g)) found.push({ text: m[0], value: Number(m[1]!.replace(/,/g, '')) });
  return found;
}

describe('every figure written in a guide is held in data/', () => {
  it('reads the data', () => {
    expect(dataValues.has(100750)).toBe(true);
    expect(dataValues.has(78200)).toBe(true);
  });
  it('skips only blockquotes labelled as worked examples', () => {
    const example = '> **Worked example (made-up numbers, not data).** A budget of $123,457.\n> Spent 37%.';
    expect(figuresIn(example)).toEqual([]);
    expect(figuresIn(`${example}\n\nAfter it, $123,457.`).map((f) => f.text)).toEqual(['$123,457']);
    expect(figuresIn('> A quote with $123,457.').map((f) => f.text)).toEqual(['$123,457']);
    expect(figuresIn('> **Example.** $123,457').map((f) => f.text)).toEqual(['$123,457']);
  });
  it.each(filesUnder('content/guides', /\.mdx$/))('%s', (file) => {
    const missing = figuresIn(readFileSync(file, 'utf8')).filter((f) => !dataValues.has(f.value)).map((f) => f.text);
    expect(missing).toEqual([]);
  });
});
