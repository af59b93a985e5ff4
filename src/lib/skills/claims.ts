import type { SkillAssociation } from './association';

/**
 * The guides say these skills go with higher pay. O*NET rates none of them by that name, so each
 * is read against the O*NET skills whose definitions come closest.
 */
export const GUIDE_CLAIMS = [
  {
    claim: 'Team leadership',
    nearest: ['Management of Personnel Resources', 'Coordination'],
    /** Whether the nearest skills measure the claim's skill itself, or only something near it. */
    fit: 'close',
    why: 'O*NET defines management of personnel resources as motivating, developing and directing people as they work; coordination as adjusting actions in relation to others’ actions.',
  },
  {
    claim: 'Agile software development',
    nearest: ['Programming', 'Coordination'],
    fit: 'loose',
    why: 'O*NET rates no agile or Scrum skill; it lists agile tools such as Jira among occupations’ technology skills, which carry no ratings. Programming and coordination are the nearest rated skills.',
  },
  {
    claim: 'Strategic project management',
    nearest: ['Systems Analysis', 'Judgment and Decision Making'],
    fit: 'loose',
    why: 'O*NET rates no project management skill; systems analysis (how changes in conditions will affect outcomes) and judgment and decision making (weighing costs and benefits of actions) are the nearest.',
  },
] as const satisfies readonly { claim: string; nearest: readonly string[]; fit: 'close' | 'loose'; why: string }[];

export interface ClaimReading {
  claim: string;
  fit: 'close' | 'loose';
  why: string;
  nearest: { skill: SkillAssociation; rank: number }[];
}

/** Each claim with its nearest O*NET skills and where they rank among all 35 (1 = strongest association). */
export function readClaims(skills: readonly SkillAssociation[]): ClaimReading[] {
  return GUIDE_CLAIMS.map(({ claim, nearest, fit, why }) => ({
    claim,
    fit,
    why,
    nearest: nearest.map((name) => {
      const index = skills.findIndex((s) => s.name === name);
      if (index === -1) throw new Error(`The skills analysis has no O*NET skill named "${name}" (src/lib/skills/claims.ts)`);
      return { skill: skills[index]!, rank: index + 1 };
    }),
  }));
}
