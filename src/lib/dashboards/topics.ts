/** The dashboard pages, in the order the section lists them. Their URLs come from routes.dashboard(id). */
export const DASHBOARD_TOPICS = [
  {
    id: 'role-pay',
    title: 'Pay by role',
    summary:
      "Pay for each role's occupation from the U.S. Bureau of Labor Statistics (OEWS): percentiles, the site's placement of each rung and the trend since May 2021.",
  },
  {
    id: 'pay-by-state',
    title: 'Pay by state',
    summary:
      'Median pay, employment and how concentrated the jobs are, state by state, on a map with a table of every area (BLS, May 2024).',
  },
  {
    id: 'pay-by-industry',
    title: 'Pay by industry',
    summary: 'The industries that employ each occupation most and those that pay it the highest mean wage (BLS, May 2024).',
  },
  {
    id: 'skills',
    title: 'Skills and pay',
    summary:
      'How the importance of each of O*NET’s 35 skills to an occupation goes with its median wage, across U.S. occupations: an association, not a premium for learning the skill.',
  },
  {
    id: 'certifications',
    title: 'Certifications and pay',
    summary: 'What PMI’s salary surveys report about PMP holders’ pay; PRINCE2, CSM and ITIL have no published pay comparison.',
  },
  {
    id: 'outlook',
    title: 'Job outlook',
    summary: 'How many jobs there are, how fast they are projected to grow and how many openings come up each year.',
  },
  {
    id: 'experience',
    title: 'Pay by experience',
    summary: "How PMP holders' pay changes with years holding the PMP, from PMI's self-reported salary survey.",
  },
] as const;

export type DashboardTopic = (typeof DASHBOARD_TOPICS)[number]['id'];
