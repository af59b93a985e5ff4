import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONET_FILES } from '../../../src/lib/data/onet';
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
// O*NET's tables are O*NET's words, copied cell for cell (the import check holds them to the
// source); the sources file beside them is the site's own and is checked.
const publishersText = new Set(Object.values(ONET_FILES).filter((f) => f !== ONET_FILES.sources).map((f) => `data/${f}`));
const siteText = [...filesUnder('content', /\.(mdx?|ya?ml)$/), ...filesUnder('data', /\.csv$/).filter((f) => !publishersText.has(f))];

describe(`no run of ${RUN} words from the source notes appears in content/ or data/`, () => {
  it('reads the fingerprints and some site text', () => {
    expect(fingerprints.size).toBeGreaterThan(4000);
    expect(siteText.length).toBeGreaterThanOrEqual(5);
  });

  it.each(siteText)('%s', (file) => {
    expect(fingerprintedRuns(readFileSync(file, 'utf8'), fingerprints, RUN)).toEqual([]);
  });
});
