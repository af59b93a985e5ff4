/**
 * The one rule for what moving between two roles pays, used by the comparison pages, the planner
 * (at build time and in the browser) and the role pages. Like for like on each role's newest May
 * figures: median to median when the roles map to different occupations; between the site's
 * placements when they share one (then the change is the placement's, a judgement, and the
 * wording must say so). Browser-safe: types and the placement rules only.
 */
import type { Placement } from '../data/crosswalk';
import type { PayRow } from '../data/pay';
import { PERCENTILE_NAMES, PLACEMENT_RULES } from './placement';

/** What the rule reads of a role's pay row: its occupation, median, quartiles and 90th percentile. */
export type PayFigure = Pick<PayRow, 'soc_code' | 'pay' | 'p25' | 'p75' | 'p90' | 'at_least'>;

/** The point of a distribution the site places a role at, e.g. the 25th percentile. */
export interface PlacedWage {
  placement: Placement;
  /** The percentile in words, e.g. "25th percentile". */
  percentile: string;
  /** The wage there, or the release's cap when BLS top-codes it (`atLeast`); undefined when BLS gives no estimate. */
  value: number | undefined;
  atLeast: boolean;
}

export type PayChange<F extends PayFigure = PayFigure> =
  /** Different occupations: the target's median minus the current one's. */
  | { kind: 'medians'; from: F; to: F; difference: number }
  /** One occupation: between the placements; no difference when either point is not a plain figure. */
  | { kind: 'placements'; figure: F; from: PlacedWage; to: PlacedWage; difference: number | undefined };

export interface PayEnd<F extends PayFigure> {
  figure: F;
  placement: Placement;
}

export function placedWage(row: PayFigure, placement: Placement): PlacedWage {
  const point = PLACEMENT_RULES[placement].point;
  const value = point === 'median' ? row.pay : point === 'p25' ? row.p25 : point === 'p75' ? row.p75 : point === 'p90' ? row.p90 : undefined;
  const atLeast = point !== 'median' && (row.at_least as readonly string[]).includes(point);
  return { placement, percentile: PERCENTILE_NAMES[point], value, atLeast };
}

function plain(wage: PlacedWage): number | undefined {
  return wage.atLeast ? undefined : wage.value;
}

export function payChange<F extends PayFigure>(from: PayEnd<F>, to: PayEnd<F>): PayChange<F> {
  if (from.figure.soc_code !== to.figure.soc_code) {
    return { kind: 'medians', from: from.figure, to: to.figure, difference: to.figure.pay - from.figure.pay };
  }
  const start = placedWage(from.figure, from.placement);
  const end = placedWage(to.figure, to.placement);
  const a = plain(start);
  const b = plain(end);
  return {
    kind: 'placements',
    figure: from.figure,
    from: start,
    to: end,
    difference: a !== undefined && b !== undefined ? b - a : undefined,
  };
}
