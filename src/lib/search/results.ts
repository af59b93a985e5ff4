import { routes } from '../routes';
import { typeLabel } from './labels';
import type { PagefindFragment, PagefindSubResult } from './pagefind-types';

export interface SectionHit {
  title: string;
  href: string;
  excerpt: string;
}

/** One search result as the page shows it. */
export interface ResultView {
  title: string;
  href: string;
  type: string;
  typeLabel: string;
  excerpt: string;
  sections: SectionHit[];
  /** A role's median pay line, set on its page at build time. */
  pay?: string;
}

/** The id of a role page's pay section (src/pages/roles/[id].astro). */
export const ROLE_PAY_ANCHOR = 'pay';

/** What the pay section offers, for a pay question whose words Pagefind matched elsewhere on the page. */
export const PAY_SECTION_EXCERPT = 'The spread of pay, where the site places this rung in it, and how the median has moved.';

/** More sections than this and a single guide pushes every other result off the screen. */
export const MAX_SECTIONS = 3;

/**
 * The sections of a page that matched, best first: only those under a heading with an id (the
 * text before the first heading is what the page result itself already shows).
 */
export function sectionHits(subResults: readonly PagefindSubResult[], max = MAX_SECTIONS): SectionHit[] {
  return subResults
    .filter((sub) => sub.anchor !== undefined && sub.locations.length > 0)
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, max)
    .map(({ sub }) => ({ title: sub.title, href: sub.url, excerpt: sub.excerpt }));
}

/**
 * A FAQ is indexed on its own small page, but its result opens the FAQ where it is answered in
 * the guide. FAQs have no sections of their own to list.
 */
export function toResultView(fragment: PagefindFragment, payQuestion = false): ResultView {
  const type = fragment.filters['type']?.[0] ?? '';
  const isFaq = type === 'faq';
  const median = fragment.meta['median'];
  const sections = isFaq ? [] : sectionHits(fragment.sub_results);
  // A pay question about a role opens its pay section first, whether or not Pagefind matched words there.
  if (payQuestion && type === 'role' && !sections.some((s) => s.href.endsWith(`#${ROLE_PAY_ANCHOR}`))) {
    sections.unshift({ title: 'Pay', href: `${fragment.url}#${ROLE_PAY_ANCHOR}`, excerpt: PAY_SECTION_EXCERPT });
    sections.splice(MAX_SECTIONS);
  }
  return {
    title: fragment.meta['title'] ?? fragment.url,
    href: (isFaq ? routes.faqFromPage(fragment.url) : undefined) ?? fragment.url,
    type,
    typeLabel: typeLabel(type),
    excerpt: fragment.excerpt,
    sections,
    ...(type === 'role' && median ? { pay: median } : {}),
  };
}
