import { describe, expect, it } from 'vitest';
import { skillGaps } from '../../../../src/lib/skills/gaps';

const el = (elementId: string, importance: number, level: number) => ({ elementId, name: elementId.toUpperCase(), importance, level });

describe('skillGaps', () => {
  const start = { code: '15-1232.00', skills: [el('a', 4, 3), el('b', 4, 5), el('c', 2, 1), el('d', 3, 2)] };
  const target = { code: '15-1299.09', skills: [el('a', 4, 4.5), el('b', 3.5, 4), el('c', 2.9, 6), el('d', 3, 3)] };
  const result = skillGaps(start, target);

  it('lists skills the target rates Important (3+) and needs at a higher level, largest gap first', () => {
    // a: 4.5 - 3 = 1.5; b: start already higher; c: importance 2.9 < 3, not counted; d: 3 - 2 = 1
    expect(result.gaps.map((g) => [g.elementId, g.gap])).toEqual([
      ['a', 1.5],
      ['d', 1],
    ]);
  });
  it('gives the overlap as the share of needed skills already met', () => {
    expect(result).toMatchObject({ neededCount: 3, metCount: 1, totalGap: 2.5, sameOccupation: false });
    expect(result.overlap).toBeCloseTo(1 / 3, 12);
  });
  it('finds no gap between an occupation and itself', () => {
    expect(skillGaps(target, target)).toMatchObject({ gaps: [], overlap: 1, totalGap: 0, sameOccupation: true });
  });
  it('breaks ties in gap size by importance, then name', () => {
    const t = { code: 'x', skills: [el('z', 3, 4), el('y', 4, 4), el('w', 4, 4)] };
    const s = { code: 'y', skills: [el('z', 3, 3), el('y', 3, 3), el('w', 3, 3)] };
    expect(skillGaps(s, t).gaps.map((g) => g.elementId)).toEqual(['w', 'y', 'z']);
  });
});

describe('monthsOldestFirst', () => {
  it('orders MM/YYYY months by year, then month, once each', async () => {
    const { monthsOldestFirst } = await import('../../../../src/lib/skills/profile');
    expect(monthsOldestFirst(['08/2023', '11/2019', '08/2023', '02/2020'])).toEqual(['11/2019', '02/2020', '08/2023']);
  });
});
