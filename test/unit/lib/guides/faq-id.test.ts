import { describe, expect, it } from 'vitest';
import { faqId } from '../../../../src/lib/guides/faq-id';

describe('faqId', () => {
  it('builds a readable anchor from the question', () => {
    expect(faqId('How do I find a mentor in project management?')).toBe('faq-how-do-i-find-a-mentor-in-project-management');
  });
  it('drops apostrophes and accents so anchors stay ASCII', () => {
    expect(faqId("What's a résumé worth?")).toBe('faq-whats-a-resume-worth');
  });
  it('refuses a question with nothing to build from', () => {
    expect(() => faqId('???')).toThrow(/no letters or digits/);
  });
});
