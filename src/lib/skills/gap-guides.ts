/**
 * Words that show a guide deals with an O*NET skill. A guide covers a gap when its title,
 * description or one of its questions uses one of them; skills with no entry match no guide.
 */
export const SKILL_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'Management of Personnel Resources': ['team lead', 'leading a team', 'leadership', 'manage people', 'hiring'],
  Coordination: ['stakeholder', 'coordinat'],
  Programming: ['programming', 'coding', 'write code', 'software development'],
  'Systems Analysis': ['systems analy', 'architecture', 'technical depth', 'system design'],
  'Systems Evaluation': ['metric', 'kpi', 'measure success'],
  'Judgment and Decision Making': ['decision', 'trade-off', 'prioriti'],
  'Management of Financial Resources': ['budget', 'cost control', 'financial'],
  'Time Management': ['schedul', 'deadline', 'time management'],
  Negotiation: ['negotiat', 'vendor', 'conflict'],
  Persuasion: ['influenc', 'persua'],
  Monitoring: ['monitor', 'status report', 'risk'],
  Speaking: ['presentation', 'communicat'],
  Writing: ['writing', 'documentation'],
  'Operations Analysis': ['requirements'],
  Instructing: ['mentor', 'coach'],
  'Management of Material Resources': ['procure', 'resource planning'],
  'Quality Control Analysis': ['quality', 'testing'],
  Troubleshooting: ['troubleshoot', 'incident'],
  'Technology Design': ['technical design', 'solution design'],
};

export interface GuideText {
  slug: string;
  title: string;
  /** Title, description and FAQ questions, joined. */
  text: string;
}

export function guidesForSkill(skill: string, guides: readonly GuideText[]): GuideText[] {
  const words = SKILL_TOPICS[skill] ?? [];
  if (words.length === 0) return [];
  const patterns = words.map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'));
  return guides.filter((g) => patterns.some((p) => p.test(g.text)));
}
