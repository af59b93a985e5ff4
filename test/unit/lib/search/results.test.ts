import { describe, expect, it } from 'vitest';
import type { PagefindFragment, PagefindSubResult } from '../../../../src/lib/search/pagefind-types';
import { MAX_SECTIONS, sectionHits, toResultView } from '../../../../src/lib/search/results';
import { routes } from '../../../../src/lib/routes';

const sub = (title: string, hits: number, anchor = true): PagefindSubResult => ({
  title,
  url: anchor ? `/guides/g/#${title.toLowerCase()}` : '/guides/g/',
  excerpt: `${title} <mark>x</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
  ...(anchor ? { anchor: { element: 'h2', id: title.toLowerCase(), location: 0 } } : {}),
});

const fragment = (over: Partial<PagefindFragment>): PagefindFragment => ({
  url: '/guides/g/',
  excerpt: 'a <mark>hit</mark>',
  meta: { title: 'A guide' },
  filters: { type: ['guide'] },
  sub_results: [],
  ...over,
});

describe('sectionHits', () => {
  it('keeps sections under a heading, most matches first, at most MAX_SECTIONS', () => {
    const hits = sectionHits([sub('Top', 9, false), sub('One', 1), sub('Two', 3), sub('Three', 2), sub('Four', 3), sub('None', 0)]);
    expect(hits.map((h) => h.title)).toEqual(['Two', 'Four', 'Three']);
    expect(hits).toHaveLength(MAX_SECTIONS);
    expect(hits[0]).toEqual({ title: 'Two', href: '/guides/g/#two', excerpt: 'Two <mark>x</mark>' });
  });
});

describe('toResultView', () => {
  it('shows a guide with its matching sections', () => {
    const view = toResultView(fragment({ sub_results: [sub('Top', 1, false), sub('Pay', 2)] }));
    expect(view).toMatchObject({ title: 'A guide', href: '/guides/g/', type: 'guide', typeLabel: 'Guide', excerpt: 'a <mark>hit</mark>' });
    expect(view.sections.map((s) => s.href)).toEqual(['/guides/g/#pay']);
  });

  it('opens a FAQ at its anchor in the guide, not at its own page', () => {
    const faqId = 'faq-how-do-i-find-a-mentor-in-project-management';
    const view = toResultView(
      fragment({
        url: routes.faqPage('some-guide', faqId),
        meta: { title: 'How do I find a mentor?' },
        filters: { type: ['faq'] },
        sub_results: [sub('Top', 1, false)],
      }),
    );
    expect(view.href).toBe(routes.faq('some-guide', faqId));
    expect(view.href).toBe(`/guides/some-guide/#${faqId}`);
    expect(view).toMatchObject({ type: 'faq', typeLabel: 'FAQ', sections: [] });
  });

  it('falls back to the page URL and a generic type when the index lacks them', () => {
    const view = toResultView(fragment({ url: '/roles/x/', meta: {}, filters: {} }));
    expect(view).toMatchObject({ title: '/roles/x/', href: '/roles/x/', type: '', typeLabel: 'Other page' });
  });
});

describe('toResultView for a role', () => {
  const role = (over: Partial<PagefindFragment> = {}) =>
    fragment({
      url: '/roles/project-manager/',
      meta: { title: 'Project manager', median: 'Median $100,750 a year for project management specialists, all levels (BLS, May 2025)' },
      filters: { type: ['role'] },
      ...over,
    });

  it('carries the median pay line the role page set', () => {
    expect(toResultView(role()).pay).toBe('Median $100,750 a year for project management specialists, all levels (BLS, May 2025)');
    expect(toResultView(fragment({ meta: { title: 'A guide', median: 'x' } })).pay).toBeUndefined();
  });

  it('offers the pay section first for a pay question, and only then', () => {
    expect(toResultView(role(), true).sections[0]).toMatchObject({ title: 'Pay', href: '/roles/project-manager/#pay' });
    expect(toResultView(role(), false).sections).toEqual([]);
  });

  it('does not list the pay section twice when Pagefind matched it', () => {
    const paySub = { ...sub('Pay', 2), url: '/roles/project-manager/#pay' };
    const view = toResultView(role({ sub_results: [paySub] }), true);
    expect(view.sections.filter((s) => s.href.endsWith('#pay'))).toHaveLength(1);
  });
});
