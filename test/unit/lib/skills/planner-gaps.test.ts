import { describe, expect, it } from 'vitest';
import { onetGapSize, onetGapSummary, type PlannerOnetGaps } from '../../../../src/lib/skills/planner-gaps';

const base: PlannerOnetGaps = {
  fromOccupation: 'Computer Systems Analysts',
  toOccupation: 'Information Technology Project Managers',
  sameOccupation: false,
  neededCount: 22,
  metCount: 10,
  gapCount: 12,
  gaps: [],
};

describe('onetGapSummary', () => {
  it('states the overlap and says when only the largest gaps are listed', () => {
    const text = onetGapSummary({
      ...base,
      gaps: Array.from({ length: 6 }, () => ({ skill: 'X', slug: 'x', now: 1, needed: 2, gap: 1, guides: [] })),
    });
    expect(text).toBe(
      'Skill overlap 10 of 22 (45%): of the skills O*NET rates important for Information Technology Project Managers, the share Computer Systems Analysts already has at that level. To close, largest gap first (the 6 largest of 12):',
    );
  });
  it('says when both roles share one occupation', () => {
    expect(onetGapSummary({ ...base, sameOccupation: true })).toBe(
      'Both roles read O*NET’s ratings of Information Technology Project Managers, so O*NET shows no skill gap between them.',
    );
  });
});

describe('onetGapSize', () => {
  it('gives the gap and both levels to two decimals', () => {
    expect(onetGapSize({ now: 1.75, needed: 3.62, gap: 1.87 })).toBe('+1.87 (level 1.75 to 3.62 of 7).');
  });
});
