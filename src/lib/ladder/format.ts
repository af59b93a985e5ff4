/** Wording and number formats for pay figures on ladder, role and compare pages. */
import { formatUsd } from '../charts/format';
import type { PayRow } from '../data/pay';
import type { PayPoint } from './geometry';

/** The site's one dollar format ("$94,500"), under the name planner.ts still imports; new code uses formatUsd. */
export const formatMoney = formatUsd;

export const MEASURE_LABEL: Readonly<Record<PayRow['measure'], string>> = {
  'base-wage': 'base wage',
  salary: 'salary',
  'total-compensation': 'big-tech total compensation',
};

/** "median base wage, May 2021" */
export function describeFigure(row: PayRow): string {
  return `${row.statistic} ${MEASURE_LABEL[row.measure]}, ${row.period}`;
}

/** The range a source gives, in words, or undefined when it gives none. */
export function describeRange(row: PayRow): string | undefined {
  if (row.p25 !== undefined && row.p75 !== undefined) return `${formatUsd(row.p25)} to ${formatUsd(row.p75)} (25th to 75th percentile)`;
  if (row.p75 !== undefined) return `75th percentile ${formatUsd(row.p75)}`;
  if (row.p25 !== undefined) return `25th percentile ${formatUsd(row.p25)}`;
  return undefined;
}

/** A short name for a figure beside its mark: the publisher, plus the year or big-tech level that tells its rows apart. */
export function payTag(row: PayRow): string {
  const publisher = row.source.split(/,| salary| tech | Occupational| OEWS| aggregates/)[0]!.trim();
  const level = /\bL(\d)\b/.exec(row.label)?.[0];
  if (level) return level;
  return row.source_kind === 'government' ? `${publisher} ${row.year}` : publisher;
}

export function toPayPoint(row: PayRow): PayPoint {
  return { id: row.id, value: row.pay, low: row.p25, high: row.p75, measure: row.measure, tag: payTag(row) };
}
