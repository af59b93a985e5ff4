/**
 * Occupation pay by state (OEWS May 2024): every area BLS publishes, sorted by median, with
 * withheld cells in words ("not published for this state"), never as 0.
 */
import type { OewsRow, Percentile } from '../data/oews';
import type { EmploymentCell, OewsStateRow } from '../data/oews-state';
import { US_AREAS, type UsArea } from '../data/states';
import { formatCount } from '../charts/format';
import { formatWage, wageOf, wagePosition, type Wage } from './wage';

export const NOT_PUBLISHED = 'not published for this state';

export interface StatePay {
  area: UsArea;
  soc: string;
  occupation: string;
  employment: number | undefined;
  jobsPer1000: number | undefined;
  locationQuotient: number | undefined;
  median: Wage;
  mean: Wage;
  percentiles: Record<Percentile, Wage>;
  row: OewsStateRow;
}

const published = (cell: EmploymentCell): number | undefined => (cell === '**' ? undefined : cell);

export function statePay(row: OewsStateRow): StatePay {
  const area = US_AREAS.find((a) => a.code === row.state_code)!;
  return {
    area,
    soc: row.soc_code,
    occupation: row.occupation,
    employment: published(row.employment),
    jobsPer1000: published(row.jobs_per_1000),
    locationQuotient: published(row.location_quotient),
    median: wageOf(row, 'median'),
    mean: wageOf(row, 'mean'),
    percentiles: {
      p10: wageOf(row, 'p10'),
      p25: wageOf(row, 'p25'),
      median: wageOf(row, 'median'),
      p75: wageOf(row, 'p75'),
      p90: wageOf(row, 'p90'),
    },
    row,
  };
}

/** Highest median first; areas without a published median last, by name. */
export function byMedian(a: StatePay, b: StatePay): number {
  const va = wagePosition(a.median);
  const vb = wagePosition(b.median);
  if (va === undefined || vb === undefined) return va === vb ? a.area.name.localeCompare(b.area.name) : va === undefined ? 1 : -1;
  return vb - va || a.area.name.localeCompare(b.area.name);
}

/** Every area's figures for one occupation, sorted by median. */
export function statesForOccupation(rows: readonly OewsStateRow[], soc: string): StatePay[] {
  return rows
    .filter((r) => r.soc_code === soc)
    .map(statePay)
    .sort(byMedian);
}

/** One area's figures, one per occupation, in the order of `socs`. */
export function occupationsInState(rows: readonly OewsStateRow[], stateCode: string, socs: readonly string[]): StatePay[] {
  return socs.flatMap((soc) => {
    const row = rows.find((r) => r.state_code === stateCode && r.soc_code === soc);
    return row ? [statePay(row)] : [];
  });
}

/** The occupations the state file covers, in first-seen order. */
export function stateOccupations(rows: readonly OewsStateRow[]): string[] {
  return [...new Set(rows.map((r) => r.soc_code))];
}

/** A state wage in words: "$93,880", "at least $239,200", or "not published for this state". */
export function stateWageText(wage: Wage): string {
  return wage.kind === 'none' ? NOT_PUBLISHED : formatWage(wage);
}

export function stateCountText(value: number | undefined): string {
  return value === undefined ? NOT_PUBLISHED : formatCount(value);
}

export function stateRatioText(value: number | undefined): string {
  return value === undefined ? NOT_PUBLISHED : String(value);
}

/** One area's row in words, for a table: withheld cells read "not published for this state". */
export function statePayCells(s: StatePay): Record<'area' | Percentile | 'employment' | 'jobs' | 'lq' | 'period', string> {
  return {
    area: s.area.name,
    p10: stateWageText(s.percentiles.p10),
    p25: stateWageText(s.percentiles.p25),
    median: stateWageText(s.median),
    p75: stateWageText(s.percentiles.p75),
    p90: stateWageText(s.percentiles.p90),
    employment: stateCountText(s.employment),
    jobs: stateRatioText(s.jobsPer1000),
    lq: stateRatioText(s.locationQuotient),
    period: s.row.period,
  };
}

export interface VersusUs {
  /** State median minus U.S. median, when both are published figures. */
  difference: number | undefined;
  text: string;
}

/**
 * A state median against the U.S. median of the same May release ("$6,870 below the U.S. median"),
 * or why there is no comparison. Both must be from one release: the caller passes the national row
 * of the state file's year.
 */
export function versusUs(state: StatePay, us: Pick<OewsRow, Percentile | 'mean' | 'top_code' | 'year'> | undefined): VersusUs {
  const here = state.median;
  const there = us ? wageOf(us, 'median') : undefined;
  if (here.kind !== 'value' || there?.kind !== 'value')
    return { difference: undefined, text: here.kind === 'none' ? NOT_PUBLISHED : 'no U.S. figure to compare' };
  const difference = here.value - there.value;
  if (difference === 0) return { difference, text: 'the same as the U.S. median' };
  return {
    difference,
    text: `${formatWage({ kind: 'value', value: Math.abs(difference) })} ${difference > 0 ? 'above' : 'below'} the U.S. median`,
  };
}

/** The occupations roles map to (data/crosswalk.csv), in crosswalk order, without "all occupations". */
export function roleOccupationCodes(crosswalk: readonly { soc_code: string }[]): string[] {
  return [...new Set(crosswalk.map((c) => c.soc_code))].filter((soc) => soc !== '00-0000');
}

/** The roles the site maps to one occupation: the rungs its figures cover. */
export function rolesCovered<R extends { id: string; title: string }>(
  soc: string,
  crosswalk: readonly { role: string; soc_code: string }[],
  roles: readonly R[],
): R[] {
  const ids = new Set(crosswalk.filter((c) => c.soc_code === soc).map((c) => c.role));
  return roles.filter((r) => ids.has(r.id));
}

/** The U.S. row of one occupation in the state file's release, so a state is never set against another year. */
export function usRowOfRelease<T extends { soc_code: string; year: number }>(oews: readonly T[], soc: string, year: number): T | undefined {
  return oews.find((r) => r.soc_code === soc && r.year === year);
}

/** The argument routes.payByState takes for an occupation: none for the first, which the topic's own URL shows. */
export function stateMapKey(soc: string, crosswalk: readonly { soc_code: string }[]): string | undefined {
  return roleOccupationCodes(crosswalk)[0] === soc ? undefined : soc;
}
