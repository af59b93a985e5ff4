/**
 * What moving between two roles pays, like for like on the newest May figures: median to median
 * when the roles map to different occupations; between the site's placements when they share one
 * (then the change is the placement's, a judgement, and says so).
 */
import type { RoleOccupation } from './occupation';
import { PERCENTILE_NAMES } from './placement';
import { formatWage, wageOf } from './wage';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

function signed(value: number): string {
  return value === 0 ? '$0' : `${value > 0 ? '+' : '−'}${usd.format(Math.abs(value))}`;
}

export interface PayComparison {
  sameOccupation: boolean;
  /** The change in dollars a year, when both figures are numbers. */
  difference: number | undefined;
  /** One or two sentences naming both figures and how the change was worked out. */
  text: string;
}

export function comparePay(
  from: { name: string; occupation: RoleOccupation },
  to: { name: string; occupation: RoleOccupation },
): PayComparison {
  const a = from.occupation;
  const b = to.occupation;
  const period = b.latest.period;
  if (a.soc === b.soc) {
    const start = a.placement.point;
    const end = b.placement.point;
    const difference = start.kind === 'value' && end.kind === 'value' ? end.value - start.value : undefined;
    const points = `The site places ${from.name} at the ${PERCENTILE_NAMES[a.placement.rule.point]} (${formatWage(start)}) and ${to.name} at the ${PERCENTILE_NAMES[b.placement.rule.point]} (${formatWage(end)}), ${period}.`;
    return {
      sameOccupation: true,
      difference,
      text: `Both roles fall in one BLS occupation, ${a.name.toLowerCase()}, so they share one pay distribution. ${points} ${difference === undefined ? 'No change can be computed from these figures.' : difference === 0 ? 'Both placements point at the same figure, so BLS data can show no change between them.' : `The change, ${signed(difference)} a year, is the placement's: the site's judgement of where each rung sits, not a measured raise.`}`,
    };
  }
  const start = wageOf(a.latest, 'median');
  const end = wageOf(b.latest, 'median');
  const difference = start.kind === 'value' && end.kind === 'value' ? end.value - start.value : undefined;
  return {
    sameOccupation: false,
    difference,
    text: `Median to median, ${period}: ${to.name} (${b.name.toLowerCase()}) ${formatWage(end)}, ${from.name} (${a.name.toLowerCase()}) ${formatWage(start)}${difference === undefined ? '.' : `, a difference of ${signed(difference)} a year (derived: the second median subtracted from the first).`} Both are whole occupations at every level of seniority.`,
  };
}
