import { faqIdFromSlug, faqSlug } from './guides/faq-id';

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
  /** A FAQ's own page: what search indexes for the FAQ, and a page to link to from elsewhere. */
  faqPage: (guideSlug: string, faqId: string) => `/faq/${guideSlug}/${faqSlug(faqId)}/`,
  /**
   * The inverse of `faqPage()`, pointed at the FAQ in its guide: search results open the FAQ there.
   * Undefined for any other path. (The guide is in the path because Pagefind searches every
   * metadata value, so a target URL stored as metadata would match its own words.)
   */
  faqFromPage: (path: string): string | undefined => {
    const match = /^\/faq\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path);
    return match ? routes.faq(match[1]!, faqIdFromSlug(match[2]!)) : undefined;
  },
  ladders: () => '/ladders/',
  ladder: (track: string) => `/ladders/${track}/`,
  roles: () => '/roles/',
  role: (id: string) => `/roles/${id}/`,
  compares: () => '/compare/',
  compare: (a: string, b: string) => `/compare/${a}-vs-${b}/`,
  dashboards: () => '/dashboards/',
  dashboard: (topic: string) => `/dashboards/${topic}/`,
  payStates: () => '/pay/',
  /** One area's pay page, e.g. `/pay/texas/` (slugs from src/lib/data/states.ts). */
  payState: (slug: string) => `/pay/${slug}/`,
  data: () => '/data/',
  dataFile: (file: string) => `/data/${file}`,
  /** One O*NET skill's page: its importance against median wage across occupations. */
  skill: (slug: string) => `/skills/${slug}/`,
  certifications: () => '/certifications/',
  certificationStage: (stage: string) => `/certifications/#${stage}`,
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  search: () => '/search/',
  /** Where the build writes Pagefind's bundle; only the search page's script loads from it. */
  searchBundle: () => '/pagefind/',
  /** The interactive planner; `query` (without "?") carries a chosen plan, as planQuery builds it. */
  planner: (query = '') => (query === '' ? '/planner/' : `/planner/?${query}`),
  /** The static plan for one starting role, with nothing extra ticked. */
  plannerFrom: (roleId: string) => `/planner/${roleId}/`,
  plannerData: () => '/planner/plan-data.json',
  rss: () => '/rss.xml',
} as const;
