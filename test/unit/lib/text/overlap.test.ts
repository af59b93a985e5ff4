import { describe, expect, it } from 'vitest';
import { normalisedWords, sharedRuns } from '../../../../src/lib/text/overlap';

describe('normalisedWords', () => {
  it('lower-cases, drops apostrophes and splits on punctuation', () => {
    expect(normalisedWords("You'll need a Non-Technical PM’s plan.")).toEqual(['youll', 'need', 'a', 'non', 'technical', 'pms', 'plan']);
  });
});

describe('sharedRuns', () => {
  const source = 'One two three four five six seven eight nine ten eleven.';
  it('finds a run copied with different case and punctuation', () => {
    expect(sharedRuns('Intro: ONE, two; three four five six seven eight nine ten!', source, 10)).toEqual([
      'one two three four five six seven eight nine ten',
    ]);
  });
  it('ignores a run one word short', () => {
    expect(sharedRuns('one two three four five six seven eight nine', source, 10)).toEqual([]);
  });
});
