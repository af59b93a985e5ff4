import { describe, expect, it } from 'vitest';
import { groupFaqsByTopic } from '../../../../src/lib/guides/faq-topics';
import { faqSchema } from '../../../../src/lib/guides/schema';

describe('FAQ topics', () => {
  it('groups in hub order and puts untopiced questions last', () => {
    const groups = groupFaqsByTopic([
      { q: 'a', topic: 'pay' as const },
      { q: 'b', topic: 'getting-in' as const },
      { q: 'c' },
      { q: 'd', topic: 'pay' as const },
    ]);
    expect(groups.map((g) => [g.topic, g.faqs.map((f) => f.q).join('')])).toEqual([
      ['getting-in', 'b'],
      ['pay', 'ad'],
      ['other', 'c'],
    ]);
  });
  it('refuses an unknown topic', () => {
    const faq = { question: 'Is this a question?', answer: 'Yes, it is one. It has two sentences in its answer.' };
    expect(faqSchema.safeParse({ ...faq, topic: 'gossip' }).success).toBe(false);
    expect(faqSchema.safeParse({ ...faq, topic: 'pay' }).success).toBe(true);
  });
});
