/**
 * The values a comparison page sets side by side for two roles: pay with its range, the site's
 * placement (only when both roles share one occupation, and labelled as the site's), typical years,
 * the occupation's 2024-34 growth, and the skills and certifications by name. Counts never stand in
 * for values: a reader cannot act on "7 vs 13". A row whose two cells read the same is marked
 * `same`, so the page shows it once across both columns instead of twice as if it differed.
 */

import { decade } from '../data/projections';
import { describeYears, titleInSentence, TRACK_INFO, type Role } from '../ladder';
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
  /** Both cells read the same. */
  same: boolean;
}

export interface Glance {
  rows: GlanceRow[];
  skills: Difference;
  certifications: Difference;
  sameOccupation: boolean;
  /** One sentence: what a move from the first role to the second changes. */
  summary: string;
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

function sameCell(a: GlanceCell, b: GlanceCell): boolean {
  return typeof a === 'string' || typeof b === 'string' ? a === b : a.length === b.length && a.every((x, i) => x === b[i]);
}

function glanceRow(heading: string, a: GlanceCell, b: GlanceCell): GlanceRow {
  return { heading, a, b, same: sameCell(a, b) };
}

export function compareGlance(data: GlanceData, a: Role, b: Role): Glance {
  const occA = roleOccupation(data, a.id);
  const occB = roleOccupation(data, b.id);
  const sameOccupation = occA.soc === occB.soc;
  const skills = difference(a.skills, b.skills);
  const certifications = difference(a.certifications, b.certifications);
  const row = (heading: string, f: (r: Role, o: RoleOccupation) => GlanceCell): GlanceRow => glanceRow(heading, f(a, occA), f(b, occB));
  const rows: GlanceRow[] = [
    row('Ladder', (r) => rung(r)),
    row('Typical years', (r) => years(r)),
    row('BLS occupation', (_, o) => `${o.name} (SOC ${o.soc})`),
    row(`Occupation's median pay, ${occB.latest.period}`, (_, o) => payWithRange(o)),
    ...(sameOccupation ? [row("Site's placement in that pay (a judgement, not a BLS figure)", (_, o) => placementWords(o))] : []),
    row(`Job growth, ${decade(occB.projection)} (BLS projection)`, (_, o) => growthWords(o)),
    glanceRow('Skills only this role lists', skills.onlyA, skills.onlyB),
    glanceRow('Skills both list', skills.shared, skills.shared),
    glanceRow('Certifications only this role lists', certifications.onlyA, certifications.onlyB),
    glanceRow('Certifications both list', certifications.shared, certifications.shared),
  ];
  return { rows, skills, certifications, sameOccupation, summary: moveSummary(a, b, occA, occB, skills, certifications) };
}

function rungWords(role: Role): string {
  const track = TRACK_INFO[role.track];
  return track.kind === 'entry'
    ? `a role ${titleInSentence(track.name)}`
    : `rung ${role.level} of the ${titleInSentence(track.name)} ladder`;
}

/** "from rung 1 to rung 2 of the project management ladder", or each end in full across ladders. */
function rungMove(a: Role, b: Role): string {
  if (a.track === b.track && TRACK_INFO[a.track].kind === 'ladder')
    return `from rung ${a.level} to rung ${b.level} of the ${titleInSentence(TRACK_INFO[a.track].name)} ladder`;
  return `from ${rungWords(a)} to ${rungWords(b)}`;
}

/** "3 skills (a, b and c)"; "no skills". */
function namedList(items: readonly string[], noun: string): string {
  if (items.length === 0) return `no ${noun}s`;
  const names = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'} (${names})`;
}

function typicalYears(role: Role): string {
  const y = describeYears(role);
  return y.value === 'Not cited' ? 'not cited' : y.value;
}

/**
 * What a move from `a` to `b` changes, in the order a reader weighs it: the rung, where the site
 * places each role in its occupation's pay (or that the occupations differ), the skills and
 * certifications to add, and the typical years.
 */
export function moveSummary(
  a: Role,
  b: Role,
  occA: RoleOccupation,
  occB: RoleOccupation,
  skills: Difference,
  certifications: Difference,
): string {
  const half = (o: RoleOccupation) => o.placement.rule.words.split(',')[0]!.replace(/^in /, '');
  const pay =
    occA.soc !== occB.soc
      ? `from one BLS occupation to another (${occA.name.toLowerCase()} to ${occB.name.toLowerCase()})`
      : occA.placement.placement === occB.placement.placement
        ? `keeps you in ${half(occB)} of one BLS occupation's pay (the site's placement)`
        : `from ${half(occA)} to ${half(occB)} of one BLS occupation's pay (the site's placement)`;
  const [yearsA, yearsB] = [typicalYears(a), typicalYears(b)];
  return (
    `Moving from ${titleInSentence(a.title)} to ${titleInSentence(b.title)} takes you ${rungMove(a, b)} and ${pay}; ` +
    `you add ${namedList(skills.onlyB, 'skill')} and ${namedList(certifications.onlyB, 'certification')}; ` +
    (yearsA === yearsB ? `typical years stay at ${yearsA}.` : `typical years go from ${yearsA} to ${yearsB}.`)
  );
}
