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
 * Pagefind's defaults, plus weight on two metadata fields: `role`, the role's own name, which only
 * a role page carries, so a role's name finds its page before the guides and comparisons that
 * mention it; and `keywords` (PAY_WORDS). Pagefind scores words, not phrases, so "IT project
 * manager" matches "Senior IT project manager" in full too: such pairs are tested as top two.
 */
export const SEARCH_RANKING: PagefindRanking = {
  metaWeights: { title: 5, role: 10, keywords: 10 },
};

/**
 * A query as Pagefind should see it: "vs" and "versus" join the things compared and are not
 * searched for, as every comparison page's title holds them and would match them alone.
 */
export function searchTerms(query: string): string {
  return query
    .replace(/(^|\s)(vs\.?|versus)(?=\s|$)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words readers use for pay that a page with pay figures may not contain ("salary" on a page
 * headed "Pay"); indexed as the `keywords` metadata of role pages and the pay-by-role dashboard.
 */
export const PAY_WORDS = 'pay salary wage earnings earn';
