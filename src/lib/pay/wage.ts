/**
 * BLS wage cells in words. A top-coded cell (`#`) reads "at least $239,200" (the release's cap);
 * a cell BLS could not estimate (`*`) reads "no estimate". Neither is ever shown as a bare figure.
 */
import { formatUsd } from '../charts/format';
import type { OewsRow, WageCell, WageColumn } from '../data/oews';

export type Wage = { kind: 'value'; value: number } | { kind: 'at-least'; value: number } | { kind: 'none' };

export function wageOf(row: Pick<OewsRow, WageColumn | 'top_code'>, column: WageColumn): Wage {
  const cell: WageCell = row[column];
  // data/oews.csv refuses a # in a release without a cap, so this only guards the type.
  if (cell === '#') {
    if (row.top_code === undefined) throw new Error(`a # wage needs the release's cap (${column})`);
    return { kind: 'at-least', value: row.top_code };
  }
  if (cell === '*') return { kind: 'none' };
  return { kind: 'value', value: cell };
}

export function formatWage(wage: Wage): string {
  if (wage.kind === 'none') return 'no estimate';
  return wage.kind === 'at-least' ? `at least ${formatUsd(wage.value)}` : formatUsd(wage.value);
}

/** A number a chart can place: the figure, or the cap for a top-coded cell; none for no estimate. */
export function wagePosition(wage: Wage): number | undefined {
  return wage.kind === 'none' ? undefined : wage.value;
}

export function formatEmployment(value: number | '**'): string {
  return value === '**' ? 'no estimate' : value.toLocaleString('en-US');
}

/** Thousands as BLS publishes them, in words: 1046.3 -> "1,046,300". Exact: BLS rounds to 0.1 thousand. */
export function formatThousands(value: number): string {
  return Math.round(value * 1000).toLocaleString('en-US');
}
