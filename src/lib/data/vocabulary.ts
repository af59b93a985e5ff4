/**
 * The vocabularies data/roles.csv may use: tracks (with the words pages show for them), skills and
 * certifications. Roles are checked against them when the file is read.
 */

export const TRACK_IDS = ['project-management', 'it-project-management', 'technical-program-management', 'entry'] as const;
export type TrackId = (typeof TRACK_IDS)[number];
export type LadderTrackId = Exclude<TrackId, 'entry'>;

export interface TrackInfo {
  id: TrackId;
  name: string;
  /** One sentence a ladder page opens with. */
  description: string;
  /** Ladders have rungs (levels 1 and up); the entry "track" holds the roles people come from (level 0). */
  kind: 'ladder' | 'entry';
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
    description: 'Project and programme roles that need hands-on technical understanding, common at software and technology companies.',
    kind: 'ladder',
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
