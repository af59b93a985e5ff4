/** The pay change for one move in the planner: payChange() of src/lib/pay/change.ts, or why there is none. */
import { payChange as rolePayChange } from '../pay/change';
import { citedPay } from './lookup';
import type { PayChange, PlannerIndex, PlannerRole } from './types';

/**
 * The change in pay from one role to another by the site's one pay rule: median to median between
 * two occupations, between the site's placements within one. A role without a pay row (none in
 * data/ today; the data checks require one) is reported as such.
 */
export function payChange(index: PlannerIndex, from: PlannerRole, to: PlannerRole): PayChange {
  const [a] = citedPay(index, from);
  const [b] = citedPay(index, to);
  if (!a && !b) return { kind: 'no-figures' };
  if (!a) return { kind: 'no-current-figure', to: b! };
  if (!b) return { kind: 'no-target-figure', from: a };
  const change = rolePayChange({ figure: a, placement: from.placement }, { figure: b, placement: to.placement });
  if (change.kind === 'medians')
    return {
      kind: 'derived',
      from: change.from,
      to: change.to,
      difference: change.difference,
      sameYear: change.from.year === change.to.year,
    };
  const { from: start, to: end, difference } = change;
  if (difference === undefined) return { kind: 'same-figure', figure: change.figure };
  return {
    kind: 'placement',
    figure: change.figure,
    from: { placement: start.placement, percentile: start.percentile, value: start.value! },
    to: { placement: end.placement, percentile: end.percentile, value: end.value! },
    difference,
  };
}

export function compareRanks(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
