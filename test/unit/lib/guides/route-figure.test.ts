import { describe, expect, it } from 'vitest';
import { routeFigure } from '../../../../src/lib/guides/route-figure';

const roles = [
  { id: 'analyst', title: 'Business analyst', level: 0 },
  { id: 'support', title: 'IT support specialist', level: 0 },
  { id: 'developer', title: 'Software developer', level: 0 },
  { id: 'tpm', title: 'Technical project manager', level: 1 },
  { id: 'senior', title: 'Senior IT project manager', level: 2 },
];

describe('routeFigure', () => {
  const g = routeFigure(roles);

  it('puts the highest rung at the top and the starting jobs at the bottom', () => {
    const y = (id: string) => g.boxes.find((b) => b.id === id)!.y;
    expect(y('senior')).toBeLessThan(y('tpm'));
    expect(y('tpm')).toBeLessThan(y('analyst'));
    expect(g.rows.map((r) => r.label)).toEqual(['Rung 2', 'Rung 1', 'Start']);
  });

  it('keeps every box inside the figure and no two boxes overlapping', () => {
    for (const b of g.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(g.width);
      expect(b.y + b.height).toBeLessThanOrEqual(g.height);
    }
    for (const a of g.boxes) {
      for (const b of g.boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('draws one arrow between each pair of rows, left of every box so it joins rows, not two boxes', () => {
    expect(g.arrows).toHaveLength(2);
    const left = Math.min(...g.boxes.map((b) => b.x));
    for (const d of g.arrows) expect(Number(/^M([\d.]+),/.exec(d)![1])).toBeLessThan(left);
  });
});
