import type { RatedElement } from './profile';

/** O*NET's Importance scale labels 3 "Important"; skills below it are not counted as needed. */
export const IMPORTANT = 3;

export interface SkillGap {
  elementId: string;
  name: string;
  /** Level the target occupation is rated at (0-7). */
  targetLevel: number;
  startLevel: number;
  /** targetLevel - startLevel, always above 0. */
  gap: number;
  targetImportance: number;
}

export interface GapSummary {
  /** Largest gap first, then the more important skill, then by name. */
  gaps: SkillGap[];
  /** Skills the target rates Important (3) or more. */
  neededCount: number;
  /** Of those, how many the start already has at the target's level or higher. */
  metCount: number;
  /** metCount / neededCount: the overall figure, 1 when nothing needs raising. */
  overlap: number;
  /** Sum of the gaps, in level points. */
  totalGap: number;
  /** True when both roles read the same O*NET occupation, so O*NET cannot tell them apart. */
  sameOccupation: boolean;
}

/**
 * Skills the target occupation rates Important or more and needs at a higher level than the start
 * occupation has. Level is O*NET's 0-7 scale of how much of the skill the work takes.
 */
export function skillGaps(
  start: { code: string; skills: readonly RatedElement[] },
  target: { code: string; skills: readonly RatedElement[] },
): GapSummary {
  const startBy = new Map(start.skills.map((s) => [s.elementId, s]));
  const needed = target.skills.filter((s) => s.importance >= IMPORTANT && startBy.has(s.elementId));
  const gaps: SkillGap[] = needed.flatMap((t) => {
    const s = startBy.get(t.elementId)!;
    const gap = Math.round((t.level - s.level) * 100) / 100;
    return gap > 0
      ? [{ elementId: t.elementId, name: t.name, targetLevel: t.level, startLevel: s.level, gap, targetImportance: t.importance }]
      : [];
  });
  gaps.sort((a, b) => b.gap - a.gap || b.targetImportance - a.targetImportance || a.name.localeCompare(b.name));
  const metCount = needed.length - gaps.length;
  return {
    gaps,
    neededCount: needed.length,
    metCount,
    overlap: needed.length === 0 ? 1 : metCount / needed.length,
    totalGap: Math.round(gaps.reduce((n, g) => n + g.gap, 0) * 100) / 100,
    sameOccupation: start.code === target.code,
  };
}
