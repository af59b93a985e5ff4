import { format } from 'd3-format';

const usd = format('$,.0f');
const usdSi = format('$.3~s');
const count = format(',.0f');

/** "$94,500". */
export function formatUsd(value: number): string {
  return usd(value);
}

/** "$95K", "$1.2M": short enough for axis ticks at 375 px. */
export function formatUsdShort(value: number): string {
  if (value === 0) return '$0';
  const sign = value < 0 ? '−' : '';
  const text = usdSi(Math.abs(value)).replace(/k$/, 'K').replace(/G$/, 'B');
  return `${sign}${text}`;
}

/** "+$12K" / "−$8K" / "$0": a difference from a baseline. */
export function formatUsdDelta(value: number): string {
  if (value === 0) return '$0';
  return value > 0 ? `+${formatUsdShort(value)}` : formatUsdShort(value);
}

/** "+$12,400" / "−$8,000" for tables and labels. */
export function formatUsdDeltaFull(value: number): string {
  if (value === 0) return '$0';
  return `${value > 0 ? '+' : '−'}${usd(Math.abs(value))}`;
}

export function formatCount(value: number): string {
  return count(value);
}

/** "7%", "23.7%", "+15%" when signed. Keeps the source's precision (no trailing ".0" added or removed beyond it). */
export function formatPct(value: number, { signed = false, digits }: { signed?: boolean; digits?: number | undefined } = {}): string {
  const text = digits === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(digits);
  const sign = value < 0 ? '−' : signed && value > 0 ? '+' : '';
  return `${sign}${text}%`;
}

const fixed2 = format('.2f');

/** "0.77", "−0.22": a correlation coefficient, with a true minus sign. */
export function formatCorrelation(value: number): string {
  return fixed2(value).replace('-', '−');
}

/** "2.2×": one quantity as a multiple of another. */
export function formatRatio(value: number): string {
  return `${format('.2~f')(value)}×`;
}
