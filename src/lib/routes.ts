import { faqSlug } from './guides/faq-id';

/**
 * The one place that builds a URL for anything on the site, so links cannot drift.
 * Every path ends in "/" to match `trailingSlash: 'always'`.
 */
export const routes = {
  home: () => '/',
  guides: () => '/guides/',
  guide: (slug: string) => `/guides/${slug}/`,
  faqHub: () => '/faq/',
  faq: (guideSlug: string, faqId: string) => `/guides/${guideSlug}/#${faqId}`,
  faqInHub: (faqId: string) => `/faq/#${faqId}`,
  /** A FAQ's own page, the search result that then links on to `faq()`. */
  faqPage: (faqId: string) => `/faq/${faqSlug(faqId)}/`,
  ladders: () => '/ladders/',
  ladder: (track: string) => `/ladders/${track}/`,
  roles: () => '/roles/',
  role: (id: string) => `/roles/${id}/`,
  compare: (a: string, b: string) => `/compare/${a}-vs-${b}/`,
  dashboards: () => '/dashboards/',
  dashboard: (topic: string) => `/dashboards/${topic}/`,
  dataFile: (file: string) => `/data/${file}`,
  search: () => '/search/',
  /** Where the build writes Pagefind's bundle; only the search page's script loads from it. */
  searchBundle: () => '/pagefind/',
  planner: () => '/planner/',
  rss: () => '/rss.xml',
} as const;
