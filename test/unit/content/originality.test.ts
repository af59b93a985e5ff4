import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintedRuns } from '../../../src/lib/text/overlap';
import { filesUnder } from './files';

/**
 * Guides are written in the site's own words. The writers' source notes stay outside the
 * repository; test/fixtures/originality/source-notes.txt keeps only a fingerprint of every run of
 * ten words in them (scripts/fingerprint-notes.ts), and no run of the site's text may match one.
 */
const RUN = 10;
const fingerprints = new Set(
  readFileSync('test/fixtures/originality/source-notes.txt', 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => parseInt(line, 36)),
);
const siteText = [...filesUnder('content', /\.(mdx?|ya?ml)$/), ...filesUnder('data', /\.csv$/)];

describe(`no run of ${RUN} words from the source notes appears in content/ or data/`, () => {
  it('reads the fingerprints and some site text', () => {
    expect(fingerprints.size).toBeGreaterThan(4000);
    expect(siteText.length).toBeGreaterThanOrEqual(5);
  });

  it.each(siteText)('%s', (file) => {
    expect(fingerprintedRuns(readFileSync(file, 'utf8'), fingerprints, RUN)).toEqual([]);
  });
});
