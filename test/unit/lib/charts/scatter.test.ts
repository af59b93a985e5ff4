import { scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { logTicks, scatterLayout, separate } from '../../../../src/lib/charts/scatter';

const usd = (v: number) => `$${v / 1000}K`;

describe('logTicks', () => {
  it('keeps the 1-2-5 ticks of the scale', () => {
    const ticks = logTicks(scaleLog().domain([30000, 240000]).range([100, 0]), usd);
    expect(ticks.map((t) => t.value)).toEqual([50000, 100000, 200000]);
    expect(ticks[0]!.label).toBe('$50K');
  });
});

describe('separate', () => {
  it('pushes close labels apart in order and leaves spaced ones alone', () => {
    // sorted 10, 50, 52, 100: 50 is already 40 clear of 10; 52 moves to 60
    expect(separate([50, 10, 52, 100], 10)).toEqual([50, 10, 60, 100]);
  });
});

describe('scatterLayout', () => {
  const layout = scatterLayout(
    {
      points: [
        { x: 1, y: 30000 },
        { x: 5, y: 240000 },
        { x: 3, y: 60000 },
      ],
      highlights: [{ id: 'a', x: 5, y: 240000, label: '1' }],
      line: { intercept: Math.log(30000) - Math.log(2), slope: Math.log(2) },
      xDomain: [1, 5],
      xFormat: String,
      yFormat: usd,
    },
    { width: 340, height: 300 },
  );
  it('puts low importance left and high wages at the top', () => {
    const pts = [...layout.dotsPath.matchAll(/M([\d.]+) ([\d.]+)h0/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts).toHaveLength(3);
    expect(pts[0]![0]).toBe(layout.plot.left);
    expect(pts[1]![0]).toBeCloseTo(layout.plot.right, 0);
    expect(pts[1]![1]).toBeLessThan(pts[0]![1]!);
  });
  it('draws the fitted line straight on the log axis between the extreme x values', () => {
    // wage doubles per point: 15K at x=1, 240K at x=5
    expect(layout.line!.x1).toBe(layout.plot.left);
    expect(layout.line!.y2).toBeLessThan(layout.line!.y1);
  });
  it('turns a label inwards when it would run off the right edge', () => {
    const wide = scatterLayout(
      {
        points: [
          { x: 5, y: 1000 },
          { x: 1, y: 10 },
        ],
        highlights: [{ id: 'a', x: 5, y: 1000, label: 'A long label' }],
        xDomain: [1, 5],
        xFormat: String,
        yFormat: String,
      },
      { width: 340, height: 300 },
    );
    expect(wide.highlights[0]!.anchor).toBe('end');
    expect(wide.highlights[0]!.labelX).toBeLessThan(wide.highlights[0]!.cx);
  });
});
