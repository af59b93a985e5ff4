/**
 * The values a comparison page sets side by side for two roles: pay with its range, the site's
 * placement (only when both roles share one occupation, and labelled as the site's), typical years,
 * the occupation's 2024-34 growth, and the skills and certifications by name. Counts never stand in
 * for values: a reader cannot act on "7 vs 13".
 */

import { decade } from '../data/projections';
import { describeYears, TRACK_INFO, type Role } from '../ladder';
import { signedPct } from '../pay/facts';
import { roleOccupation, type RoleOccupation } from '../pay/occupation';
import { PERCENTILE_NAMES, placementSpan } from '../pay/placement';
import { formatWage, wageOf } from '../pay/wage';
import { difference, type Difference } from './difference';

/** One cell: a sentence, or a list of names (empty reads "None"). */
export type GlanceCell = string | string[];

export interface GlanceRow {
  heading: string;
  a: GlanceCell;
  b: GlanceCell;
}

export interface Glance {
  rows: GlanceRow[];
  skills: Difference;
  certifications: Difference;
  sameOccupation: boolean;
}

type GlanceData = Parameters<typeof roleOccupation>[0];

function rung(role: Role): string {
  const track = TRACK_INFO[role.track];
  return track.kind === 'entry' ? track.name : `${track.name}, rung ${role.level}`;
}

function years(role: Role): string {
  const y = describeYears(role);
  return y.estimate ? `${y.value} (the site's estimate)` : y.value;
}

/** "$100,750 a year; 25th to 75th percentile $78,000 to $130,000" (10th to 90th when a quartile has no estimate). */
export function payWithRange(occ: RoleOccupation): string {
  const row = occ.latest;
  const median = `${formatWage(wageOf(row, 'median'))} a year`;
  const quartiles = wageOf(row, 'p25').kind !== 'none' && wageOf(row, 'p75').kind !== 'none';
  const [low, high] = quartiles ? (['p25', 'p75'] as const) : (['p10', 'p90'] as const);
  return `${median}; ${PERCENTILE_NAMES[low]} ${formatWage(wageOf(row, low))} to ${PERCENTILE_NAMES[high]} ${formatWage(wageOf(row, high))}`;
}

/** The site's placement of a role in its occupation's distribution, in words with the two bounds. */
export function placementWords(occ: RoleOccupation): string {
  return `${occ.placement.rule.words}: ${placementSpan(occ.placement)}`;
}

/** "+5.6% for project management specialists": BLS projects occupations, not rungs, so the occupation is named. */
export function growthWords(occ: RoleOccupation): string {
  return `${signedPct(occ.projection.change_pct)} for ${occ.name.toLowerCase()}`;
}

export function compareGlance(data: GlanceData, a: Role, b: Role): Glance {
  const occA = roleOccupation(data, a.id);
  const occB = roleOccupation(data, b.id);
  const sameOccupation = occA.soc === occB.soc;
  const skills = difference(a.skills, b.skills);
  const certifications = difference(a.certifications, b.certifications);
  const row = (heading: string, f: (r: Role, o: RoleOccupation) => GlanceCell): GlanceRow => ({ heading, a: f(a, occA), b: f(b, occB) });
  const rows: GlanceRow[] = [
    row('Ladder', (r) => rung(r)),
    row('Typical years', (r) => years(r)),
    row('BLS occupation', (_, o) => `${o.name} (SOC ${o.soc})`),
    row(`Occupation's median pay, ${occB.latest.period}`, (_, o) => payWithRange(o)),
    ...(sameOccupation ? [row("Site's placement in that pay (a judgement, not a BLS figure)", (_, o) => placementWords(o))] : []),
    row(`Job growth, ${decade(occB.projection)} (BLS projection)`, (_, o) => growthWords(o)),
    { heading: 'Skills only this role lists', a: skills.onlyA, b: skills.onlyB },
    { heading: 'Certifications only this role lists', a: certifications.onlyA, b: certifications.onlyB },
  ];
  return { rows, skills, certifications, sameOccupation };
}
