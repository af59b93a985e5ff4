import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, DIST, page } from './site';

/**
 * What JavaScript prints when a value goes wrong on its way to a page: an object interpolated into
 * text, a missing field, a division by zero. Matched as whole words, so "undefinedness" or
 * "NaNcy" would not count; JavaScript files are code, not page text, and are not read.
 */
const BROKEN = [/\[object \w+\]/, /\bundefined\b/, /\bNaN\b/, /\b-?Infinity\b/];

export function brokenValues(text: string): string[] {
  return BROKEN.flatMap((pattern) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const at = match.index;
    return [`${match[0]} in "…${text.slice(Math.max(0, at - 60), at + match[0].length + 20).replace(/\s+/g, ' ')}…"`];
  });
}

describe('no page prints a broken value', () => {
  it('the check finds each kind, as a word, and leaves ordinary text alone', () => {
    for (const bad of ['Median: [object Object]', 'Pay undefined a year', '$NaN', 'rises Infinity%', 'from -Infinity'])
      expect(brokenValues(bad), bad).toHaveLength(1);
    for (const fine of ['an undefinedness', 'Nancy and NaNa', 'an infinity pool', 'Median $102,320'])
      expect(brokenValues(fine), fine).toEqual([]);
  });

  it('in the text, the attributes or the JSON-LD of any built page', { timeout: 120_000 }, () => {
    const found: string[] = [];
    for (const path of allPages()) {
      const doc = page(path);
      // JSON-LD is data a page publishes; other scripts and styles are code.
      const ld = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
      doc.querySelectorAll('script, style').forEach((n) => n.remove());
      const attributes = doc.querySelectorAll('*').flatMap((n) => Object.values(n.attributes));
      for (const text of [doc.textContent, ...attributes, ...ld])
        for (const problem of brokenValues(text)) found.push(`${path}: ${problem}`);
    }
    expect(found).toEqual([]);
  });

  it('in the data the site publishes: CSV and JSON downloads and the planner data', () => {
    const files = readdirSync(join(DIST, 'data'))
      .filter((f) => /\.(csv|json)$/.test(f))
      .map((f) => join('data', f))
      .concat(
        readdirSync(join(DIST, 'planner'))
          .filter((f) => f.endsWith('.json'))
          .map((f) => join('planner', f)),
      );
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => brokenValues(readFileSync(join(DIST, f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(found).toEqual([]);
  });
});
