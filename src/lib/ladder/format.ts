/** Wording and number formats for pay figures on ladder, role and compare pages. */
import { formatUsd } from '../charts/format';
import { MEASURE_LABELS, type PayRow } from '../data/pay';
import type { PayPoint } from './pay-marks';

/** "median base wage, May 2021" */
export function describeFigure(row: PayRow): string {
  return `${row.statistic} ${MEASURE_LABELS[row.measure]}, ${row.period}`;
}

/** The range a source gives, in words, or undefined when it gives none. */
export function describeRange(row: PayRow): string | undefined {
  if (row.p25 !== undefined && row.p75 !== undefined) return `${formatUsd(row.p25)} to ${formatUsd(row.p75)} (25th to 75th percentile)`;
  if (row.p75 !== undefined) return `75th percentile ${formatUsd(row.p75)}`;
  if (row.p25 !== undefined) return `25th percentile ${formatUsd(row.p25)}`;
  return undefined;
}

/** A short name for a figure beside its mark: the publisher, plus the year for BLS figures. */
export function payTag(row: PayRow): string {
  const publisher = row.source.split(/,| salary| tech | Occupational| OEWS| aggregates/)[0]!.trim();
  return row.source_kind === 'government' ? `${publisher} ${row.year}` : publisher;
}

/**
 * A rung's two marks on a ladder: its occupation's BLS median with the 10th-90th percentile band,
 * then the site's placement of the rung in that distribution (band and point), labelled as such.
 */
export function rungPayPoints(
  row: PayRow,
  placement: { low: number | undefined; high: number | undefined; point: number | undefined },
): PayPoint[] {
  const measured: PayPoint = { id: row.id, value: row.pay, low: row.p10, high: row.p90, measure: row.measure, tag: `BLS ${row.year}` };
  if (placement.point === undefined) return [measured];
  return [
    measured,
    {
      id: `${row.id}-placement`,
      value: placement.point,
      low: placement.low,
      high: placement.high,
      measure: row.measure,
      tag: 'placed',
      placement: true,
    },
  ];
}
