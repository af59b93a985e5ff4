import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedRuns } from '../../../src/lib/text/overlap';
import { filesUnder, readBriefs } from './briefs';

const RUN = 10;
const briefs = readBriefs();
const siteText = [...filesUnder('content', /\.(mdx?|ya?ml)$/), ...filesUnder('data', /\.csv$/)];

describe(`no run of ${RUN} words from a brief appears in content/ or data/`, () => {
  it('finds all five briefs and some site text', () => {
    expect(briefs).toHaveLength(5);
    expect(siteText.length).toBeGreaterThanOrEqual(5);
  });

  it.each(siteText)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const shared = briefs.flatMap((b) => sharedRuns(text, b.text, RUN).map((run) => `${b.name}: "${run}"`));
    expect(shared).toEqual([]);
  });
});
