/**
 * O*NET skill gaps as the planner carries them to the browser, and the words both the static plan
 * and the browser's plan print for them. No Node or data-layer imports: this runs in the browser.
 */
export interface PlannerSkillGap {
  skill: string;
  slug: string;
  now: number;
  needed: number;
  gap: number;
  guides: { slug: string; title: string }[];
}

export interface PlannerOnetGaps {
  fromOccupation: string;
  toOccupation: string;
  sameOccupation: boolean;
  neededCount: number;
  metCount: number;
  /** Largest first; at most PLANNER_GAP_LIMIT. */
  gaps: PlannerSkillGap[];
  /** How many gaps there are in all (the compare page lists every one). */
  gapCount: number;
}

export const PLANNER_GAP_LIMIT = 6;

export function onetGapSummary(g: PlannerOnetGaps): string {
  if (g.sameOccupation) return `Both roles read O*NET’s ratings of ${g.toOccupation}, so O*NET shows no skill gap between them.`;
  const pct = g.neededCount === 0 ? 100 : Math.round((g.metCount / g.neededCount) * 100);
  const head = `Skill overlap ${g.metCount} of ${g.neededCount} (${pct}%): of the skills O*NET rates important for ${g.toOccupation}, the share ${g.fromOccupation} already has at that level.`;
  if (g.gapCount === 0) return head;
  const more = g.gapCount > g.gaps.length ? ` (the ${g.gaps.length} largest of ${g.gapCount})` : '';
  return `${head} To close, largest gap first${more}:`;
}

/** "+1.87 (level 1.75 to 3.62 of 7)." */
export function onetGapSize(gap: Pick<PlannerSkillGap, 'now' | 'needed' | 'gap'>): string {
  return `+${gap.gap.toFixed(2)} (level ${gap.now.toFixed(2)} to ${gap.needed.toFixed(2)} of 7).`;
}

export const ONET_PLANNER_ATTRIBUTION =
  'Skill gaps include information from the O*NET 29.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. PM Pathways has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';
