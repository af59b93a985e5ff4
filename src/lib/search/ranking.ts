/**
 * How search ranks results, tuned on the queries in test/e2e/search-ranking.test.ts. Pagefind's own
 * options, page weights (BaseLayout's `searchWeight`, a role page's heading) and page metadata do
 * the work; the site does not re-rank results itself.
 */

/** Pagefind's `ranking` option (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
  /** Extra score for words found in a metadata field, by field name. */
  metaWeights?: Record<string, number>;
}

/**
 * Pagefind's defaults, plus weight on metadata fields the pages set: `role`, the role's own name,
 * which only a role page carries, so a role's name finds its page before the guides and comparisons
 * that mention it; `keywords` (PAY_WORDS) on the pay-by-role dashboard, so a pay question finds
 * it; and `pay` (the same words) on role pages, weighted less, so the role pages come next. Pagefind
 * scores words, not phrases, so "IT project manager" matches "Senior IT project manager" in full
 * too: such pairs are tested as top two.
 */
export const SEARCH_RANKING: PagefindRanking = {
  metaWeights: { title: 5, role: 10, short: 10, keywords: 6, pay: 5 },
};

/**
 * Words a question is built from but that say nothing of what is asked ("how much does a …").
 * Pagefind returns only pages holding every word searched for, so leaving these in drops the very
 * pages that answer without repeating the question. "IT" is not among them: here it is a field.
 */
const QUESTION_WORDS = new Set(
  'a an the and or vs versus what whats which who how much many does do did is are was be can could should would will i me my you your to of for in on at'.split(
    ' ',
  ),
);

/**
 * A query as Pagefind should see it: without question words, and without "vs" and "versus",
 * which join the things compared and are in every comparison page's title. A query of nothing
 * but such words, or with a "quoted phrase", is searched as typed.
 */
export function searchTerms(query: string): string {
  const words = query.split(/\s+/).filter((word) => word !== '');
  // A quoted phrase is Pagefind's exact search: every word of it counts.
  if (query.includes('"')) return words.join(' ');
  const kept = words.filter((word) => !QUESTION_WORDS.has(word.toLowerCase().replace(/[?!,.;:]+$/, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Words readers use for pay that a page with pay figures may not contain ("salary" on a page
 * headed "Pay"): the pay-by-role dashboard's `keywords` and role pages' `pay` metadata.
 */
export const PAY_WORDS = 'pay salary wage earnings earn';
