/**
 * The vocabularies data/roles.csv may use: tracks (with the words pages show for them), skills and
 * certifications. Roles are checked against them when the file is read.
 */

export const TRACK_IDS = ['project-management', 'it-project-management', 'technical-program-management', 'tpm-management', 'entry'] as const;
export type TrackId = (typeof TRACK_IDS)[number];
export type LadderTrackId = Exclude<TrackId, 'entry'>;

export interface TrackInfo {
  id: TrackId;
  name: string;
  /** A shorter name where a phone-width picture has no room for `name`. */
  shortName?: string | undefined;
  /** One sentence a ladder page opens with. */
  description: string;
  /** Ladders have rungs (levels 1 and up); the entry "track" holds the roles people come from (level 0). */
  kind: 'ladder' | 'entry';
  /**
   * A branch leaves another ladder part way up (the TPM management branch leaves the
   * individual-contributor TPM ladder); its first rung is drawn beside `besideLevel` of that ladder.
   */
  branch?: { of: TrackId; besideLevel: number } | undefined;
  /** How employers set the level of people they hire onto this ladder, for its ladder page. */
  hiring?: readonly string[] | undefined;
}

export const TRACK_INFO: Readonly<Record<TrackId, TrackInfo>> = {
  'project-management': {
    id: 'project-management',
    name: 'Project management',
    description: 'The general ladder, open to people from any background: coordinate first, then run projects, then lead the largest ones.',
    kind: 'ladder',
  },
  'it-project-management': {
    id: 'it-project-management',
    name: 'IT project management',
    description: 'Project management of technology work inside an organisation, rising from single IT projects to programmes of them.',
    kind: 'ladder',
  },
  'technical-program-management': {
    id: 'technical-program-management',
    name: 'Technical program management',
    description:
      'The individual-contributor levels technology companies use: technical project manager as the way in, then technical program manager, senior, staff and principal TPM, with a management branch for those who run TPM teams.',
    kind: 'ladder',
    hiring: [
      'Companies that hire TPMs set your level in the interview loop, not from your last title. The loop usually has a program-sense interview (how you would run an ambiguous program), a technical or system-design interview pitched at a TPM, and behavioural interviews; the interviewers write up the level they saw, and a hiring committee or the hiring manager settles it.',
      'The level decides the scope you are given and the pay band, so it matters more than the title. A "senior" title from a smaller company often maps a level down at a large technology company, because the programs there cross more teams and systems; a staff or principal level is usually offered only when you can show programs of that size and the written work behind them.',
      'If an offer comes in a level below what you expected, ask the recruiter which signal was missing and what evidence would change it. A level is easier to settle before you accept than to win back through a promotion later.',
    ],
  },
  'tpm-management': {
    id: 'tpm-management',
    name: 'TPM management',
    shortName: 'TPM managers',
    description:
      'The management branch of technical program management: TPM managers and directors hire, develop and lead teams of technical program managers. It is a move off the individual-contributor ladder, not a step above it.',
    kind: 'ladder',
    branch: { of: 'technical-program-management', besideLevel: 4 },
  },
  entry: {
    id: 'entry',
    name: 'Before project management',
    description: 'The roles people most often move from into their first project job.',
    kind: 'entry',
  },
};

/**
 * The one vocabulary for certifications. The planner and the certification dashboard match on
 * these names, so a role may only list names from here; their awarding bodies are named in prose.
 */
export const CERTIFICATIONS = ['PMP', 'CAPM', 'PRINCE2', 'CSM', 'ITIL', 'CompTIA Project+', 'Cisco CCNA'] as const;

/** The one vocabulary for skills; the skills dashboard groups pay by these names. */
export const SKILLS = [
  'Team leadership',
  'Agile software development',
  'Strategic project management',
  'Basic technical analysis',
  'Basic project management',
  'Stakeholder communication',
  'Risk management',
  'Budgeting',
  'Scheduling',
  'Resource planning',
  'Scrum',
  'Kanban',
  'Software development lifecycle',
  'Programming',
  'Requirements analysis',
  'Troubleshooting',
  'IT service management',
  'Business acumen',
  'Vendor negotiation',
  'Conflict resolution',
  'Problem-solving',
  'Time management',
  'Reporting',
  'Project management tools',
  'Collaboration tools',
] as const;

/** `years_source` value for years the site estimates itself because no source gives them. */
export const YEARS_ESTIMATE = 'estimate';
