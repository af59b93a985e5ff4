/**
 * What moving between two roles pays, in the words of a comparison page. The change itself comes
 * from payChange() (change.ts), the rule the planner uses too.
 */
import { formatUsd, formatUsdDeltaFull } from '../charts/format';
import type { PayRow } from '../data/pay';
import { payChange, type PlacedWage } from './change';
import type { RoleOccupation } from './occupation';
import { formatWage } from './wage';

export interface PayComparison {
  sameOccupation: boolean;
  /** The change in dollars a year, when both figures are numbers. */
  difference: number | undefined;
  /** One or two sentences naming both figures and how the change was worked out. */
  text: string;
}

function placedWords(wage: PlacedWage): string {
  if (wage.value === undefined) return formatWage({ kind: 'none' });
  return formatWage({ kind: wage.atLeast ? 'at-least' : 'value', value: wage.value });
}

export function comparePay(
  from: { name: string; occupation: RoleOccupation; pay: PayRow },
  to: { name: string; occupation: RoleOccupation; pay: PayRow },
): PayComparison {
  const a = from.occupation;
  const b = to.occupation;
  const period = b.latest.period;
  const change = payChange({ figure: from.pay, placement: a.placement.placement }, { figure: to.pay, placement: b.placement.placement });
  const { difference } = change;
  if (change.kind === 'placements') {
    const points = `The site places ${from.name} at the ${change.from.percentile} (${placedWords(change.from)}) and ${to.name} at the ${change.to.percentile} (${placedWords(change.to)}), ${period}.`;
    return {
      sameOccupation: true,
      difference,
      text: `Both roles fall in one BLS occupation, ${a.name.toLowerCase()}, so they share one pay distribution. ${points} ${difference === undefined ? 'No change can be computed from these figures.' : difference === 0 ? 'Both placements point at the same figure, so BLS data can show no change between them.' : `The change, ${formatUsdDeltaFull(difference)} a year, is the placement's: the site's judgement of where each rung sits, not a measured raise.`}`,
    };
  }
  return {
    sameOccupation: false,
    difference,
    text: `Median to median, ${period}: ${to.name} (${b.name.toLowerCase()}) ${formatUsd(change.to.pay)}, ${from.name} (${a.name.toLowerCase()}) ${formatUsd(change.from.pay)}, a difference of ${formatUsdDeltaFull(change.difference)} a year (derived: the second median subtracted from the first). Both are whole occupations at every level of seniority.`,
  };
}
