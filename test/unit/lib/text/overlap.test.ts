import { describe, expect, it } from 'vitest';
import { fingerprintedRuns, normalisedWords, runFingerprints } from '../../../../src/lib/text/overlap';

describe('normalisedWords', () => {
  it('lower-cases, drops apostrophes and splits on punctuation', () => {
    expect(normalisedWords("You'll need a Non-Technical PM’s plan.")).toEqual(['youll', 'need', 'a', 'non', 'technical', 'pms', 'plan']);
  });
});

describe('runFingerprints and fingerprintedRuns', () => {
  const source = 'One two three four five six seven eight nine ten eleven.';
  const prints = runFingerprints(source, 10);
  it('fingerprints each run once, the same way for the same words', () => {
    expect(prints.size).toBe(2);
    expect(runFingerprints('ONE two, three four five six seven eight nine ten', 10)).toEqual(new Set([...prints].slice(0, 1)));
    for (const p of prints) expect(Number.isSafeInteger(p)).toBe(true);
  });
  it('finds a copied run from its fingerprint alone, and not a run in another order', () => {
    expect(fingerprintedRuns('Intro: two three four five six seven eight nine ten eleven!', prints, 10)).toEqual([
      'two three four five six seven eight nine ten eleven',
    ]);
    expect(fingerprintedRuns('two one three four five six seven eight nine ten eleven', prints, 10)).toEqual([]);
  });
});
