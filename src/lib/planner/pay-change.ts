/** The pay change for one move: like for like only, or the reason there is none. */
import { MEASURE_LABEL } from '../ladder/format';
import type { Placement } from '../data/crosswalk';
import { PERCENTILE_NAMES, PLACEMENT_RULES } from '../pay/placement';
import { citedPay } from './lookup';
import type { PayChange, PlacementPoint, PlannerIndex, PlannerPay, PlannerRole } from './types';

/** The figure a role's placement points at within its occupation's row, if BLS gives it as a number. */
export function placementPoint(row: PlannerPay, placement: Placement): PlacementPoint | undefined {
  const point = PLACEMENT_RULES[placement].point;
  const value =
    point === 'median' ? row.pay : point === 'p25' ? row.p25 : point === 'p75' ? row.p75 : point === 'p90' ? row.p90 : undefined;
  if (value === undefined || (point !== 'median' && row.at_least.includes(point))) return undefined;
  return { placement, percentile: PERCENTILE_NAMES[point], value };
}

/** Why two figures cannot be subtracted, in plain words; empty when they can. */
export function incomparability(a: PlannerPay, b: PlannerPay): string[] {
  const reasons: string[] = [];
  if (a.measure !== b.measure) reasons.push(`they measure different things (${MEASURE_LABEL[a.measure]} and ${MEASURE_LABEL[b.measure]})`);
  if (a.statistic !== 'median' || b.statistic !== 'median') {
    const means = [a, b].filter((r) => r.statistic !== 'median').length;
    reasons.push(`${means === 2 ? 'both are averages' : 'one is an average'} (mean), and the planner compares medians only`);
  }
  if (a.source_kind !== b.source_kind)
    reasons.push(`they come from different kinds of source (${KIND_LABEL[a.source_kind]} and ${KIND_LABEL[b.source_kind]})`);
  if (a.region !== b.region) reasons.push(`they cover different populations (${a.region}; ${b.region})`);
  if (a.currency !== b.currency) reasons.push(`they are in different currencies (${a.currency}, ${b.currency})`);
  return reasons;
}

const KIND_LABEL: Readonly<Record<PlannerPay['source_kind'], string>> = {
  government: 'government statistics',
  'practitioner-survey': 'a practitioner survey',
  'employer-survey': 'an employer survey',
  crowdsourced: 'crowdsourced reports',
};

/**
 * The change in pay from one role to another, median to median, only where the cited figures are
 * like for like: both medians of the same measure, currency and population from the same kind of
 * source, and for different groups of people. Among such pairs the same-year pair wins, then the
 * roles' own order of figures. Anything else is reported as absent, with the reason.
 */
export function payChange(index: PlannerIndex, from: PlannerRole, to: PlannerRole): PayChange {
  const a = citedPay(index, from);
  const b = citedPay(index, to);
  if (a.length === 0 && b.length === 0) return { kind: 'no-figures' };
  if (a.length === 0) return { kind: 'no-current-figure', to: b[0]! };
  if (b.length === 0) return { kind: 'no-target-figure', from: a[0]! };

  let best: { from: PlannerPay; to: PlannerPay; rank: number[] } | undefined;
  for (const [i, x] of a.entries()) {
    for (const [j, y] of b.entries()) {
      // The same label is the same group of people (e.g. one BLS occupation cited for two rungs):
      // any gap between two of its figures is a change over time, not a move between roles.
      if (x.label === y.label || incomparability(x, y).length > 0) continue;
      const rank = [x.year === y.year ? 0 : 1, i + j, i];
      if (!best || compareRanks(rank, best.rank) < 0) best = { from: x, to: y, rank };
    }
  }
  if (best)
    return {
      kind: 'derived',
      from: best.from,
      to: best.to,
      difference: best.to.pay - best.from.pay,
      sameYear: best.from.year === best.to.year,
    };

  const shared = a.find((x) => b.some((y) => y.label === x.label));
  if (shared) {
    const start = placementPoint(shared, from.placement);
    const end = placementPoint(shared, to.placement);
    // Two rungs placed at one point (both at the 90th percentile, say) have no change to show.
    if (start && end && start.value !== end.value)
      return { kind: 'placement', figure: shared, from: start, to: end, difference: end.value - start.value };
    return { kind: 'same-figure', figure: shared };
  }
  return { kind: 'not-comparable', from: a[0]!, to: b[0]!, reasons: incomparability(a[0]!, b[0]!) };
}
export function compareRanks(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
