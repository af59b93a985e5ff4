import { describe, expect, it } from 'vitest';
import { fitLogLine, pearson, quarterGap, ranks, spearman } from '../../../../src/lib/skills/stats';

describe('ranks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(ranks([30, 10, 20, 20])).toEqual([4, 1, 2.5, 2.5]);
  });
});

describe('spearman', () => {
  it('is 1 for any increasing relation and -1 for any decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 5, 2, 1])).toBeCloseTo(-1, 12);
  });
  it('matches a hand computation with a tie', () => {
    // ranks of y: 1, 2, 3.5, 5, 3.5; deviations from 3: x -2,-1,0,1,2 and y -2,-1,0.5,2,0.5
    // sum dx*dy = 8, sum dx^2 = 10, sum dy^2 = 9.5, so rho = 8 / sqrt(95)
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
  });
  it('is undefined (NaN) when one variable does not vary', () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNaN();
  });
});

describe('quarterGap', () => {
  it('compares the median wage at or above the upper quartile of importance with that at or below the lower', () => {
    const g = quarterGap([1, 2, 3, 4, 5].map((x) => ({ x, wage: x * 10 })));
    // quartiles of 1..5 by linear interpolation: 2 and 4
    expect(g).toMatchObject({ q1: 2, q3: 4, topCount: 2, bottomCount: 2, topMedian: 45, bottomMedian: 15, ratio: 3 });
  });
  it('keeps every occupation tied at a cut-off in its quarter', () => {
    const g = quarterGap([
      { x: 1, wage: 10 },
      { x: 1, wage: 30 },
      { x: 1, wage: 20 },
      { x: 3, wage: 90 },
    ]);
    // quartiles of 1,1,1,3: 1 and 1.5
    expect(g).toMatchObject({ q1: 1, q3: 1.5, bottomCount: 3, bottomMedian: 20, topCount: 1, topMedian: 90, ratio: 4.5 });
  });
});

describe('fitLogLine', () => {
  it('recovers an exact exponential relation', () => {
    const line = fitLogLine([1, 2, 3, 4].map((x) => ({ x, wage: 100 * Math.exp(0.5 * x) })));
    expect(line.slope).toBeCloseTo(0.5, 12);
    expect(line.intercept).toBeCloseTo(Math.log(100), 12);
    expect(line.perPoint).toBeCloseTo(Math.exp(0.5) - 1, 12);
  });
  it('fits least squares through scattered points', () => {
    // ln wages 0, 2, 1 at x 0, 1, 2: slope = sum dx*dy / sum dx^2 = (-1*-1 + 0 + 1*0) / 2 = 0.5, intercept 1 - 0.5
    const line = fitLogLine([
      { x: 0, wage: 1 },
      { x: 1, wage: Math.exp(2) },
      { x: 2, wage: Math.exp(1) },
    ]);
    expect(line.slope).toBeCloseTo(0.5, 12);
    expect(line.intercept).toBeCloseTo(0.5, 12);
  });
});
