import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../unit/content/files';
import { dataRows, newestReleases } from './data-figures';
import { allPages, page } from './site';

const newest = newestReleases();

/**
 * State and industry figures come from their own releases (data/oews-state.csv and
 * oews-industry.csv), which can be older than the national one: a sentence whose every dollar
 * figure is a cell of those files for the May year it names quotes the newest release there is.
 */
const geoFigures = new Map<number, Set<number>>();
for (const file of ['oews-state.csv', 'oews-industry.csv']) {
  for (const row of dataRows(file)) {
    const year = Number(row['year']);
    const values = geoFigures.get(year) ?? new Set<number>();
    for (const cell of Object.values(row)) for (const token of cell.match(/\d[\d,]*/g) ?? []) values.add(Number(token.replace(/,/g, '')));
    geoFigures.set(year, values);
  }
}

/**
 * Sentences that quote a BLS wage or projection older than the newest release in data/: a dollar
 * figure with "May <year>" before the newest OEWS year, or a projection decade ("2021-31") before
 * the newest projections. History the site shows on purpose (the wage trend) sits in elements
 * marked data-history, which the built-page check leaves out.
 */
export function staleCitations(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => {
      const dollars = [...sentence.matchAll(/\$(\d[\d,]*)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
      const oldWage =
        dollars.length > 0 &&
        [...sentence.matchAll(/\bMay (20\d\d)\b/g)].some((m) => {
          const year = Number(m[1]);
          return year < newest.oews && !dollars.every((d) => geoFigures.get(year)?.has(d));
        });
      const oldProjection =
        /\b(BLS|project|growth|openings|employment)/i.test(sentence) &&
        [...sentence.matchAll(/\b(20\d\d)\s*(?:-|–|to)\s*(?:20)?(\d\d)\b/g)].some(
          (m) => Number(m[1]) < newest.projections && Number(m[2]) - Number(m[1]!.slice(2)) === 10,
        );
      return oldWage || oldProjection;
    })
    .map((s) => s.trim().slice(0, 160));
}

describe('prose quotes the newest BLS releases', () => {
  it('the check catches an old wage and an old projection', () => {
    expect(staleCitations('BLS puts the median at $94,500 (May 2021).')).toHaveLength(1);
    expect(staleCitations('BLS projects 7% growth over 2021-31.')).toHaveLength(1);
    expect(staleCitations(`BLS puts the median at $100,750 (May ${newest.oews}).`)).toEqual([]);
    // A state figure of the newest state release is current; a national figure of that year is not.
    expect(staleCitations('In Texas the median was $93,880 in May 2024.')).toEqual([]);
    expect(staleCitations('Nationally the median was $100,750 in May 2024.')).toHaveLength(1);
  });

  it.each(filesUnder('content', /\.mdx?$/))('%s', (file) => {
    expect(staleCitations(readFileSync(file, 'utf8').replace(/\n/g, ' '))).toEqual([]);
  });

  it('built pages', { timeout: 120_000 }, () => {
    const found: string[] = [];
    for (const path of allPages()) {
      const doc = page(path);
      doc.querySelectorAll('script, style, [data-history]').forEach((n) => n.remove());
      const main = doc.querySelector('main') ?? doc;
      // structuredText puts block elements on lines of their own, so list items do not run together.
      for (const s of staleCitations(main.structuredText)) found.push(`${path}: ${s}`);
    }
    expect(found).toEqual([]);
  });
});
