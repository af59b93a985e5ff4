import { describe, expect, it } from 'vitest';
import { overviewGeometry } from '../../../../src/lib/ladder/overview';

describe('overviewGeometry', () => {
  const nodes = [
    { id: 'a1', title: 'A one', column: 0, level: 1 },
    { id: 'a2', title: 'A two', column: 0, level: 2 },
    { id: 'b1', title: 'B one', column: 1, level: 1 },
    { id: 'c1', title: 'C one', column: 2, level: 1 },
    { id: 'e', title: 'Entry', column: 0, level: 0 },
  ];
  const edges = [
    { from: 'a1', to: 'a2', kind: 'step' as const },
    { from: 'a1', to: 'b1', kind: 'cross-track' as const },
    { from: 'a1', to: 'c1', kind: 'cross-track' as const },
    { from: 'e', to: 'b1', kind: 'entry' as const },
  ];
  const columns = [
    { id: 'a', title: 'Track A' },
    { id: 'b', title: 'Track B' },
    { id: 'c', title: 'Track C' },
  ];

  it('places rungs by column and level, higher levels above', () => {
    const g = overviewGeometry(nodes, edges, { width: 600, fontSize: 14, columns, includeEntry: true });
    const n = (id: string) => g.nodes.find((x) => x.id === id)!;
    expect(n('a2').y).toBeLessThan(n('a1').y);
    expect(n('a1').y).toBe(n('b1').y);
    expect(n('b1').x).toBeGreaterThan(n('a1').x + n('a1').width);
    expect(n('e').y).toBeGreaterThan(n('a1').y + n('a1').height);
    expect(g.headers.map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
  it('draws an arrow for every move and routes each by its shape', () => {
    const g = overviewGeometry(nodes, edges, { width: 600, fontSize: 14, columns, includeEntry: true });
    expect(g.edges.map((e) => `${e.from}>${e.to}:${e.kind}`)).toEqual([
      'a1>a2:step',
      'a1>b1:cross-track',
      'a1>c1:cross-track',
      'e>b1:entry',
    ]);
    const path = (to: string) => g.edges.find((e) => e.to === to && e.from !== 'e')!.path;
    expect(path('a2')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(path('b1')).toMatch(/^M[\d.]+,[\d.]+L/);
    // Skipping a column: a curve that dips below the row instead of crossing the box between.
    expect(path('c1')).toMatch(/C/);
    const a1 = g.nodes.find((x) => x.id === 'a1')!;
    const dip = Number(path('c1').split('C')[1]!.split(',')[1]!.split(' ')[0]);
    expect(dip).toBeGreaterThan(a1.y + a1.height);
    expect(g.height).toBeGreaterThan(dip * 0.75);
  });
  it('leaves out entry roles and their moves when asked', () => {
    const g = overviewGeometry(nodes, edges, { width: 360, fontSize: 13, columns, includeEntry: false });
    expect(g.nodes.map((n) => n.id)).not.toContain('e');
    expect(g.edges.map((e) => e.kind)).not.toContain('entry');
    expect(g.entryLabel).toBeUndefined();
  });
  it('enters a rung above the first from the side when a way in skips the first rung, so the arrow does not run behind it', () => {
    const g = overviewGeometry(nodes, [...edges, { from: 'e', to: 'a2', kind: 'entry' as const }], {
      width: 600,
      fontSize: 14,
      columns,
      includeEntry: true,
    });
    const a2 = g.nodes.find((x) => x.id === 'a2')!;
    const skip = g.edges.find((e) => e.from === 'e' && e.to === 'a2')!;
    const end = /([\d.]+),([\d.]+)$/.exec(skip.path)!;
    // Ends on a side of a2 (left or right edge), between its top and bottom.
    expect([a2.x, a2.x + a2.width]).toContain(Number(end[1]));
    expect(Number(end[2])).toBeGreaterThan(a2.y);
    expect(Number(end[2])).toBeLessThan(a2.y + a2.height);
  });
  it('narrows the gaps when a fourth column (a branch) joins, keeping every box inside the width', () => {
    const four = [...columns, { id: 'd', title: 'Track D' }];
    const g = overviewGeometry([...nodes, { id: 'd4', title: 'D four', column: 3, level: 4 }], edges, {
      width: 360,
      fontSize: 12,
      columns: four,
      includeEntry: false,
    });
    const d4 = g.nodes.find((x) => x.id === 'd4')!;
    expect(d4.x + d4.width).toBeLessThanOrEqual(360);
    expect(d4.width).toBeGreaterThan(70);
    expect(d4.y).toBeLessThan(g.nodes.find((x) => x.id === 'a2')!.y);
  });
});
