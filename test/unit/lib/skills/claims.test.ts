import { describe, expect, it } from 'vitest';
import { GUIDE_CLAIMS, readClaims } from '../../../../src/lib/skills/claims';
import type { SkillAssociation } from '../../../../src/lib/skills/association';

const skill = (name: string, rho: number) => ({ name, rho }) as SkillAssociation;

describe('readClaims', () => {
  const names = [...new Set(GUIDE_CLAIMS.flatMap((c) => c.nearest))];
  it('ranks each claim’s nearest O*NET skills among all skills, strongest first', () => {
    // The caller passes skills sorted by rho; give each nearest skill a known position.
    const sorted = [skill('Writing', 0.9), ...names.map((n, i) => skill(n, 0.5 - i / 100))];
    const [team] = readClaims(sorted);
    expect(team!.claim).toBe('Team leadership');
    expect(team!.nearest.map((m) => [m.skill.name, m.rank])).toEqual([
      ['Management of Personnel Resources', names.indexOf('Management of Personnel Resources') + 2],
      ['Coordination', names.indexOf('Coordination') + 2],
    ]);
  });
  it('stops when a nearest skill is not among the measured ones', () => {
    expect(() => readClaims([skill('Writing', 0.9)])).toThrow('no O*NET skill named "Management of Personnel Resources"');
  });
});
