import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../src/lib/charts/text';
import { ladderGeometry, type LadderRungInput } from '../../../../src/lib/ladder/ladder-figure';

const rungs: LadderRungInput[] = [
  { id: 'low', title: 'Coordinator', years: '0–2 years (estimate)', pay: [] },
  { id: 'mid', title: 'Manager', years: '3–5 years (estimate)', pay: [{ id: 'p1', value: 100000, high: 150000, measure: 'base-wage' }] },
  {
    id: 'top',
    title: 'Senior technical program manager',
    years: '8 years or more (estimate)',
    pay: [{ id: 'p2', value: 200000, measure: 'salary' }],
  },
];

describe('ladderGeometry', () => {
  const g = ladderGeometry(rungs, { width: 360, ladderWidth: 150, fontSize: 13 });

  it('draws the highest rung at the top and stacks rungs without overlap', () => {
    expect(g.rungs.map((r) => r.id)).toEqual(['top', 'mid', 'low']);
    for (let i = 1; i < g.rungs.length; i++) {
      const above = g.rungs[i - 1]!.box;
      expect(g.rungs[i]!.box.y).toBeGreaterThan(above.y + above.height);
    }
    expect(g.axis.y).toBeGreaterThan(g.rungs.at(-1)!.box.y + g.rungs.at(-1)!.box.height);
    expect(g.height).toBeGreaterThan(g.axis.y);
  });
  it('puts every rung on one scale from $0, inside the plot', () => {
    const marks = g.rungs.flatMap((r) => r.marks);
    const at = (id: string) => marks.find((m) => m.id === id)!.cx;
    expect(g.axis.ticks[0]).toMatchObject({ x: g.plot.x0, label: '$0', anchor: 'start' });
    // 200k sits twice as far from $0 as 100k does: a linear scale starting at zero.
    expect(at('p2') - g.plot.x0).toBeCloseTo(2 * (at('p1') - g.plot.x0), 5);
    for (const m of marks) expect(m.cx).toBeLessThanOrEqual(g.plot.x1);
    expect(marks.find((m) => m.id === 'p1')!.band).toEqual({ x1: at('p1'), x2: expect.any(Number) });
    expect(marks.find((m) => m.id === 'p2')!.band).toBeUndefined();
  });
  it('ends the scale at a round figure just above the highest figure', () => {
    expect(Math.max(...g.axis.ticks.map((t) => t.x))).toBeLessThanOrEqual(g.plot.x1);
    expect(['$200K', '$250K', '$300K']).toContain(g.axis.ticks.at(-1)!.label);
  });
  it('keeps the measure on each mark, labels the value, and says when a rung has no figure', () => {
    const top = g.rungs[0]!;
    expect(top.marks.map((m) => [m.measure, m.label.text])).toEqual([['salary', '$200K']]);
    expect(g.rungs[2]!.marks).toEqual([]);
    expect(g.rungs[2]!.noFigure?.text).toBe('No cited figure');
    expect(g.rungs[1]!.noFigure).toBeUndefined();
  });
  it('wraps long titles inside the rung and keeps labels on the plot', () => {
    const top = g.rungs[0]!;
    expect(top.title.length).toBeGreaterThan(1);
    for (const line of top.title) expect(line.x + textWidth(line.text, 13, { bold: true })).toBeLessThanOrEqual(top.box.x + top.box.width);
    for (const m of g.rungs.flatMap((r) => r.marks)) {
      if (m.label.anchor === 'start') expect(m.label.x + textWidth(m.label.text, 13 * 0.92)).toBeLessThanOrEqual(g.plot.x1 + 4);
      else expect(m.label.x).toBeLessThan(m.cx);
    }
  });
  it('never crowds the axis labels', () => {
    const narrow = ladderGeometry(rungs, { width: 300, ladderWidth: 150, fontSize: 13 });
    const ticks = narrow.axis.ticks;
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]!.anchor).toBe('start');
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(textWidth(ticks[i]!.label, 13 * 0.9));
  });
});
