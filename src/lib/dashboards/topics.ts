/** The dashboard pages, in the order the section lists them. Their URLs come from routes.dashboard(id). */
export const DASHBOARD_TOPICS = [
  {
    id: 'role-pay',
    title: 'Pay by role',
    summary: 'The median wage and its range for the occupation behind each role, from BLS government statistics.',
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
    summary: 'What PMI’s salary surveys report about PMP holders’ pay; for PRINCE2, CSM and ITIL we found no published figure.',
  },
  {
    id: 'outlook',
    title: 'Job outlook',
    summary: 'How many jobs there are, how fast they are projected to grow and how many openings come up each year.',
  },
  {
    id: 'experience',
    title: 'Pay by experience',
    summary: 'How pay changes with years in the job and years holding the PMP, source by source.',
  },
] as const;

export type DashboardTopic = (typeof DASHBOARD_TOPICS)[number]['id'];
