import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalisedWords } from '../../../src/lib/text/overlap';
import { filesUnder, readBriefs } from './briefs';

// Words that carry no meaning of their own; what is left must match for a question to count as covered.
const STOP = new Set('a an and are as at be by can do does for from help how i in is it me my of on or the to what which who why with you your available key'.split(' '));
const contentWords = (text: string) => new Set(normalisedWords(text).filter((w) => !STOP.has(w)));

const seedQuestions = readBriefs().flatMap((b) =>
  [...b.text.matchAll(/^Q:\s*(.+\?)\s*$/gm)].map((m) => ({ brief: b.name, question: m[1]! })),
);
const guideQuestions = filesUnder('content/guides', /\.mdx$/).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*- question:\s*"?(.+?)"?\s*$/gm)].map((m) => ({ file, question: m[1]! })),
);

describe('every FAQ of the briefs is answered by a guide FAQ', () => {
  it('finds the seed questions and the guide questions', () => {
    expect(seedQuestions.length).toBeGreaterThanOrEqual(3);
    expect(guideQuestions.length).toBeGreaterThanOrEqual(20);
  });

  // A reworded question counts when it keeps at least three quarters of the seed question's content words.
  it.each(seedQuestions)('$brief: $question', ({ question }) => {
    const wanted = contentWords(question);
    const best = guideQuestions
      .map((g) => ({ ...g, kept: [...wanted].filter((w) => contentWords(g.question).has(w)).length / wanted.size }))
      .sort((a, b) => b.kept - a.kept)[0];
    expect(best, `no guide FAQ covers "${question}"`).toBeDefined();
    expect(best!.kept, `closest guide FAQ is "${best!.question}" in ${best!.file}`).toBeGreaterThanOrEqual(0.75);
  });
});
