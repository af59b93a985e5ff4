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
  ladders: () => '/ladders/',
  ladder: (track: string) => `/ladders/${track}/`,
  roles: () => '/roles/',
  role: (id: string) => `/roles/${id}/`,
  compares: () => '/compare/',
  compare: (a: string, b: string) => `/compare/${a}-vs-${b}/`,
  dashboards: () => '/dashboards/',
  dashboard: (topic: string) => `/dashboards/${topic}/`,
  dataFile: (file: string) => `/data/${file}`,
  search: () => '/search/',
  /** The interactive planner; `query` (without "?") carries a chosen plan, as planQuery builds it. */
  planner: (query = '') => (query === '' ? '/planner/' : `/planner/?${query}`),
  /** The static plan for one starting role, with nothing extra ticked. */
  plannerFrom: (roleId: string) => `/planner/${roleId}/`,
  plannerData: () => '/planner/plan-data.json',
  rss: () => '/rss.xml',
} as const;
