import { describe, expect, it } from 'vitest';
import { crossCheckGuides } from '../../../../src/lib/guides/checks';

const faq = (question: string) => ({ question, answer: 'An answer long enough to pass the schema in real use.' });
const guide = (id: string, related: string[], questions: string[]) => ({
  id,
  filePath: `content/guides/${id}.mdx`,
  data: { related, faqs: questions.map(faq) },
});

describe('crossCheckGuides', () => {
  it('accepts guides that link to each other and ask different questions', () => {
    expect(crossCheckGuides([guide('a', ['b'], ['Why a?']), guide('b', ['a'], ['Why b?'])])).toEqual([]);
  });
  it('names a related guide that does not exist', () => {
    expect(crossCheckGuides([guide('a', ['missing'], ['Why a?'])])).toEqual([
      'content/guides/a.mdx: related[0]: expected the slug of an existing guide, got "missing"',
    ]);
  });
  it('names a question two guides share, since their anchors would collide in the FAQ hub', () => {
    expect(crossCheckGuides([guide('a', [], ['Same question?']), guide('b', [], ['Same question?'])])).toEqual([
      'content/guides/b.mdx: faqs[0].question: expected a question no other FAQ asks, but content/guides/a.mdx asks "Same question?" too',
    ]);
  });
});
