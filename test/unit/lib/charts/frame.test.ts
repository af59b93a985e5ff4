import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks, stackRow, ticksOverlap } from '../../../../src/lib/charts/frame';
import { formatUsdDelta } from '../../../../src/lib/charts/format';

describe('stackRow', () => {
  it('stacks label lines, then sublabel lines, then the marks, each below the last', () => {
    const row = stackRow(100, 'A long label that needs two lines at this width', 'Source · May 2021', 200);
    const ys = [...row.labelLines, ...row.sublabelLines].map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys[0]).toBeGreaterThan(100);
    expect(row.markY).toBeGreaterThan(ys.at(-1)!);
    expect(row.bottom).toBeGreaterThan(row.markY);
  });
});

describe('axisTicks', () => {
  it('thins ticks until their labels do not touch, and anchors the outermost inwards', () => {
    const scale = scaleLinear().domain([-60000, 60000]).range([90, 250]);
    const ticks = axisTicks(scale, 7, formatUsdDelta, { left: 0, right: 340 });
    expect(ticksOverlap(ticks)).toBe(false);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(scale.ticks(7).length).toBeGreaterThan(ticks.length);
    const wide = axisTicks(scaleLinear().domain([0, 200000]).range([0, 700]), 7, formatUsdDelta, { left: 0, right: 700 });
    expect(wide[0]).toMatchObject({ value: 0, anchor: 'start' });
    expect(wide.at(-1)?.anchor).toBe('end');
  });
});
