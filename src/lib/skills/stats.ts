import { ascending, mean, median, quantile } from 'd3-array';

/** Ranks from 1, ties sharing the mean of the ranks they span (the usual convention for Spearman). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => ascending(a[0], b[0]));
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]![1]] = rank;
    start = end + 1;
  }
  return out;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x) ?? 0;
  const my = mean(y) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const dx = xi - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation: Pearson's correlation of the two variables' ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

export interface QuarterGap {
  /** Importance at the 25th and 75th percentiles (linear interpolation between order statistics). */
  q1: number;
  q3: number;
  topCount: number;
  bottomCount: number;
  topMedian: number;
  bottomMedian: number;
  /** topMedian / bottomMedian. */
  ratio: number;
}

/**
 * Median wage of the occupations whose importance is at or above the upper quartile, against
 * those at or below the lower quartile. Ties at a cut-off all fall in the quarter, so neither
 * quarter depends on the order occupations happen to be listed in.
 */
export function quarterGap(points: readonly { x: number; wage: number }[]): QuarterGap {
  const xs = points.map((p) => p.x).sort(ascending);
  const q1 = quantile(xs, 0.25) ?? Number.NaN;
  const q3 = quantile(xs, 0.75) ?? Number.NaN;
  const top = points.filter((p) => p.x >= q3);
  const bottom = points.filter((p) => p.x <= q1);
  const topMedian = median(top, (p) => p.wage) ?? Number.NaN;
  const bottomMedian = median(bottom, (p) => p.wage) ?? Number.NaN;
  return { q1, q3, topCount: top.length, bottomCount: bottom.length, topMedian, bottomMedian, ratio: topMedian / bottomMedian };
}

export interface LogLine {
  /** ln(wage) = intercept + slope × importance. */
  intercept: number;
  slope: number;
  /** exp(slope) − 1: the fitted line's change in wage per point of importance, as a fraction. */
  perPoint: number;
}

/** Least-squares line of the natural log of wage on importance. */
export function fitLogLine(points: readonly { x: number; wage: number }[]): LogLine {
  const x = points.map((p) => p.x);
  const y = points.map((p) => Math.log(p.wage));
  const mx = mean(x) ?? 0;
  const my = mean(y) ?? 0;
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: my - slope * mx, slope, perPoint: Math.exp(slope) - 1 };
}
