import { describe, expect, it } from 'vitest';
import { pickFaqs, TOP_QUESTIONS } from '../../../../src/lib/search/suggestions';

const faq = (question: string) => ({ id: question.toLowerCase().replace(/\W+/g, '-'), question, guide: { id: 'g' } });

describe('pickFaqs', () => {
  it('returns the FAQs in the order asked', () => {
    const faqs = ['B?', 'A?', 'C?'].map(faq);
    expect(pickFaqs(faqs, ['A?', 'B?']).map((f) => f.question)).toEqual(['A?', 'B?']);
  });

  it('leaves out a question no guide answers', () => {
    expect(pickFaqs([faq('A?'), faq('B?')], ['Gone?', 'B?', 'A?']).map((f) => f.question)).toEqual(['B?', 'A?']);
  });

  it('offers a handful of questions', () => {
    expect(TOP_QUESTIONS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(TOP_QUESTIONS).size).toBe(TOP_QUESTIONS.length);
  });
});
