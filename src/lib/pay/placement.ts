/**
 * Where the site places a role within its occupation's pay distribution. BLS publishes one
 * distribution per occupation, not per rung; the placement is the site's stated judgement, shown
 * and labelled as such, never as a measured figure.
 */
import type { Placement } from '../data/crosswalk';
import type { OewsRow, Percentile } from '../data/oews';
import { formatWage, wageOf, type Wage } from './wage';

export interface PlacementRule {
  /** The part of the distribution marked for the role. */
  low: Percentile;
  high: Percentile;
  /** The one point used when the planner compares two rungs of one occupation. */
  point: Percentile;
  /** How the placement reads in a sentence. */
  words: string;
}

export const PLACEMENT_RULES: Readonly<Record<Placement, PlacementRule>> = {
  lower: { low: 'p10', high: 'median', point: 'p25', words: 'in the lower half, toward the 25th percentile' },
  middle: { low: 'p25', high: 'p75', point: 'median', words: 'in the middle half, around the median' },
  upper: { low: 'median', high: 'p90', point: 'p75', words: 'in the upper half, toward the 75th percentile' },
  // For rungs the occupation's top quarter or tenth describes better than its upper half, such as
  // staff and principal TPMs in a group whose median covers far less senior work.
  'top-quarter': { low: 'p75', high: 'p90', point: 'p90', words: 'in the top quarter, toward the 90th percentile' },
  'top-tenth': { low: 'p90', high: 'p90', point: 'p90', words: 'at or above the 90th percentile, the highest point BLS publishes' },
};

export const PERCENTILE_NAMES: Readonly<Record<Percentile, string>> = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
};

export interface RolePlacement {
  placement: Placement;
  rule: PlacementRule;
  low: Wage;
  high: Wage;
  point: Wage;
}

/** The placement's span in words: "25th percentile $76,360 to 75th percentile $147,530", or one point when the rule has no span. */
export function placementSpan(placement: RolePlacement): string {
  const { rule, low, high } = placement;
  const at = (name: Percentile, wage: Wage) => `${PERCENTILE_NAMES[name]} ${formatWage(wage)}`;
  return rule.low === rule.high ? at(rule.low, low) : `${at(rule.low, low)} to ${at(rule.high, high)}`;
}

export function rolePlacement(placement: Placement, row: Pick<OewsRow, Percentile | 'mean' | 'top_code'>): RolePlacement {
  const rule = PLACEMENT_RULES[placement];
  return { placement, rule, low: wageOf(row, rule.low), high: wageOf(row, rule.high), point: wageOf(row, rule.point) };
}
