import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../unit/content/files';
import { newestReleases } from './data-figures';
import { allPages, page } from './site';

const newest = newestReleases();

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
      const oldWage = /\$\d/.test(sentence) && [...sentence.matchAll(/\bMay (20\d\d)\b/g)].some((m) => Number(m[1]) < newest.oews);
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
