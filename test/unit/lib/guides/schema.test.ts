import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../../src/lib/guides/schema';

const faq = (n: number) => ({
  question: `Is this fixture question number ${n}?`,
  answer: 'Yes. It exists so the schema has enough FAQs to accept the fixture.',
});
const valid = {
  title: 'A guide',
  description: 'A description long enough to serve as a meta description in search results.',
  audience: 'Readers of tests.',
  roles: ['project-manager'],
  published: '2026-11-25',
  updated: '2026-11-25',
  faqs: [1, 2, 3, 4].map(faq),
};
const issuesOf = (data: unknown) => {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('guideSchema', () => {
  it('accepts valid frontmatter and turns dates into Dates', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.updated.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parsed.related).toEqual([]);
  });
  it('rejects a missing title', () => {
    const { title: _omit, ...rest } = valid;
    expect(issuesOf(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });
  it('rejects impossible and unquoted dates', () => {
    expect(issuesOf({ ...valid, updated: '2026-02-30' })).toEqual([
      'updated: expected a real calendar date in quotes, such as "2026-11-25"',
    ]);
    expect(issuesOf({ ...valid, published: new Date('2026-11-25') })).toEqual([expect.stringMatching(/^published: /)]);
  });
  it('rejects a field of the wrong type and an unknown field', () => {
    expect(issuesOf({ ...valid, roles: 'project-manager' })).toEqual([expect.stringMatching(/^roles: /)]);
    expect(issuesOf({ ...valid, readingTime: 5 })).toEqual([expect.stringMatching(/readingTime/)]);
  });
  it('requires at least four FAQs, each a question with a real answer', () => {
    expect(issuesOf({ ...valid, faqs: valid.faqs.slice(0, 3) })).toEqual(['faqs: expected at least four FAQs']);
    expect(
      issuesOf({ ...valid, faqs: [...valid.faqs.slice(0, 3), { question: 'Not a question at all', answer: 'x'.repeat(50) }] }),
    ).toEqual(['faqs.3.question: expected a question ending in "?"']);
  });
  it('rejects role ids that are not slugs', () => {
    expect(issuesOf({ ...valid, roles: ['Project Manager'] })).toEqual([expect.stringMatching(/^roles\.0: expected a lower-case slug/)]);
  });
});
