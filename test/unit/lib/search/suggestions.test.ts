import { describe, expect, it } from 'vitest';
import { pickFaqs, TOP_QUESTIONS } from '../../../../src/lib/search/suggestions';

const faq = (question: string) => ({ id: question.toLowerCase().replace(/\W+/g, '-'), question, guide: { id: 'g' } });

describe('pickFaqs', () => {
  it('returns the FAQs in the order asked', () => {
    const faqs = ['B?', 'A?', 'C?'].map(faq);
    expect(pickFaqs(faqs, ['A?', 'B?']).map((f) => f.question)).toEqual(['A?', 'B?']);
  });

  it('stops on a question no guide answers, naming it', () => {
    expect(() => pickFaqs([faq('A?')], ['A?', 'Gone?'])).toThrow('expected a FAQ some guide answers, got "Gone?"');
  });

  it('offers a handful of questions', () => {
    expect(TOP_QUESTIONS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(TOP_QUESTIONS).size).toBe(TOP_QUESTIONS.length);
  });
});
