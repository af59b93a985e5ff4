/**
 * The skills vocabulary grouped the way a reader scans it: what project work is made of first,
 * then people, delivery methods, technical depth and everyday tools. Within a group, the order
 * runs from the basics to what senior rungs add.
 */
export interface SkillGroup {
  id: string;
  name: string;
  skills: string[];
}

const GROUPS: ReadonlyArray<{ id: string; name: string; skills: readonly string[] }> = [
  {
    id: 'planning',
    name: 'Planning and control',
    skills: [
      'Basic project management',
      'Scheduling',
      'Budgeting',
      'Resource planning',
      'Risk management',
      'Reporting',
      'Strategic project management',
    ],
  },
  {
    id: 'people',
    name: 'People and stakeholders',
    skills: ['Stakeholder communication', 'Team leadership', 'Conflict resolution', 'Vendor negotiation', 'Business acumen'],
  },
  { id: 'delivery', name: 'Delivery methods', skills: ['Agile software development', 'Scrum', 'Kanban', 'Software development lifecycle'] },
  {
    id: 'technical',
    name: 'Technical',
    skills: ['Basic technical analysis', 'Requirements analysis', 'Troubleshooting', 'IT service management', 'Programming'],
  },
  {
    id: 'habits',
    name: 'Habits and tools',
    skills: ['Problem-solving', 'Time management', 'Project management tools', 'Collaboration tools'],
  },
];

/** Groups over a vocabulary: only its items, each once; anything no group names goes last, under "Other". */
export function groupSkills(vocabulary: readonly string[]): SkillGroup[] {
  const known = new Set(vocabulary);
  const placed = new Set<string>();
  const groups: SkillGroup[] = [];
  for (const group of GROUPS) {
    const skills = group.skills.filter((s) => known.has(s) && !placed.has(s));
    for (const s of skills) placed.add(s);
    if (skills.length > 0) groups.push({ id: group.id, name: group.name, skills });
  }
  const rest = vocabulary.filter((s) => !placed.has(s));
  if (rest.length > 0) groups.push({ id: 'other', name: 'Other', skills: rest });
  return groups;
}
