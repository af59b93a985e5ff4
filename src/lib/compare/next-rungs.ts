/**
 * A role page's "Where it leads": each next rung with the pay change in one line and what the
 * rung asks for that this one does not list. The pay change comes from the comparison pages'
 * own function, so a role page and its compare page never disagree.
 */
import { formatUsdDeltaFull } from '../charts/format';
import { describeYears, leadsTo, type LadderGraph, type Role } from '../ladder';
import { comparePayFor } from './pay';
import { difference } from './difference';

export interface NextRung {
  role: Role;
  /** One line, e.g. "+$12,400 a year, median to median, May 2024 (derived)". */
  payLine: string;
  skillsToAdd: string[];
  certificationsToAdd: string[];
  /** Typical years at the next rung, e.g. "3–5 years", or undefined when not cited. */
  years: string | undefined;
}

type NextRungData = Parameters<typeof comparePayFor>[0];

export function payLine(change: { sameOccupation: boolean; difference: number | undefined }, period: string): string {
  if (change.difference === undefined) return `No change can be worked out: a ${period} figure is not published.`;
  const amount = `${formatUsdDeltaFull(change.difference)} a year`;
  return change.sameOccupation
    ? `${amount} between the site's placements in one occupation, ${period} (a judgement, not a measured raise)`
    : `${amount}, median to median of the two occupations, ${period} (derived)`;
}

export function nextRungs(data: NextRungData, graph: LadderGraph, role: Role): NextRung[] {
  return leadsTo(graph, role.id).map((next) => {
    const pay = comparePayFor(data, role, next);
    const years = describeYears(next);
    return {
      role: next,
      payLine: payLine(pay.change, pay.period),
      skillsToAdd: difference(role.skills, next.skills).onlyB,
      certificationsToAdd: difference(role.certifications, next.certifications).onlyB,
      years: years.value === 'Not cited' ? undefined : years.value,
    };
  });
}
