/**
 * The career planner: from a starting role and what someone already holds, the next rungs, what
 * each still asks for, the pay change the cited data supports, and what to read next.
 *
 * Pure, and free of run-time imports from astro:content, node:fs and src/lib/ladder.ts, because the
 * same functions run at build time (the static per-role pages) and in the browser over the JSON the
 * build emits. The ladder helpers' answers (years, guides and FAQs per role, titles mid-sentence)
 * are folded into that data by src/lib/planner-data.ts.
 */
import type { Placement } from './data/crosswalk';
import type { PayRow } from './data/pay';
import type { MoveKind, TrackId } from './ladder';
import { formatMoney, MEASURE_LABEL } from './ladder/format';
import { PERCENTILE_NAMES, PLACEMENT_RULES } from './pay/placement';
import { certificationGap, type CertificationGap, type CountsToward } from './planner/certifications';

export { itemSlug, planQuery, readPlanQuery, type PlanState } from './planner/state';

export type PlannerPay = Pick<
  PayRow,
  | 'id'
  | 'label'
  | 'region'
  | 'currency'
  | 'year'
  | 'period'
  | 'statistic'
  | 'pay'
  | 'p25'
  | 'p75'
  | 'at_least'
  | 'measure'
  | 'source'
  | 'source_url'
  | 'source_kind'
  | 'note'
> & {
  /** A whole occupation (BLS) or a job title; an occupation's figure is never one rung's own. */
  scope: 'occupation' | 'job-title';
};

export interface PlannerRole {
  id: string;
  title: string;
  /** The title as it reads mid-sentence ("IT project manager", "software developer"). */
  name: string;
  track: TrackId;
  trackName: string;
  level: number;
  entry: boolean;
  /** Typical years of experience in words, and what they rest on. */
  years: { value: string; basis: string; estimate: boolean };
  skills: string[];
  certifications: string[];
  /** The roles it leads to, in the order data/roles.csv lists them. */
  moves: Array<{ to: string; kind: MoveKind; onet?: import('./skills/planner-gaps').PlannerOnetGaps | undefined }>;
  /** Ids of cited pay rows, primary first; empty = no cited figure. */
  pay: string[];
  /** Where the site places the role in its occupation's pay distribution (data/crosswalk.csv). */
  placement: Placement;
  /** Slugs of the guides that concern the role, in the site's guide order. */
  guides: string[];
  /** Keys (`guide#faq-id`) of the FAQs a role page shows for it, in that order. */
  faqs: string[];
}

export interface PlannerGuide {
  slug: string;
  title: string;
  /** The guide's frontmatter `roles`, its main subject first. */
  roles: string[];
}

export interface PlannerFaq {
  key: string;
  guide: string;
  id: string;
  question: string;
}

/** Everything the planner reads: what the build writes to /planner/plan-data.json. */
export interface PlannerData {
  roles: PlannerRole[];
  pay: PlannerPay[];
  guides: PlannerGuide[];
  faqs: PlannerFaq[];
  skills: string[];
  certifications: string[];
  /** Pairs with a static comparison page, as "from-id to-id". */
  compares: string[];
  /** Certifications that count toward another (CAPM toward PMP), from data/certification-facts.csv. */
  countsToward: CountsToward[];
}

export interface PlanInput {
  from: string;
  /** Skills and certifications ticked, by vocabulary name. */
  skills: readonly string[];
  certifications: readonly string[];
  /** Skills the starting role lists that the person says they lack (unticked). */
  without?: readonly string[];
}

export type PayChange =
  | { kind: 'derived'; from: PlannerPay; to: PlannerPay; difference: number; sameYear: boolean }
  | { kind: 'same-figure'; figure: PlannerPay }
  /** Both roles share one occupation: the change is between the site's placements within it. */
  | { kind: 'placement'; figure: PlannerPay; from: PlacementPoint; to: PlacementPoint; difference: number }
  | { kind: 'no-figures' }
  | { kind: 'no-current-figure'; to: PlannerPay }
  | { kind: 'no-target-figure'; from: PlannerPay }
  | { kind: 'not-comparable'; from: PlannerPay; to: PlannerPay; reasons: string[] };

export interface PlacementPoint {
  placement: Placement;
  /** The percentile the placement points at, e.g. "25th percentile". */
  percentile: string;
  value: number;
}

/** The figure a role's placement points at within its occupation's row, if BLS gives it as a number. */
export function placementPoint(row: PlannerPay, placement: Placement): PlacementPoint | undefined {
  const point = PLACEMENT_RULES[placement].point;
  const value = point === 'median' ? row.pay : point === 'p25' ? row.p25 : point === 'p75' ? row.p75 : undefined;
  if (value === undefined || (point !== 'median' && row.at_least.includes(point))) return undefined;
  return { placement, percentile: PERCENTILE_NAMES[point], value };
}

export interface PlanStep {
  to: PlannerRole;
  kind: MoveKind;
  /**
   * What the target role lists that is not held, in the role's own order. Certifications are
   * alternatives: all are listed while none is held, none once one is (see `certifications`).
   */
  missing: { skills: string[]; certifications: string[] };
  certifications: CertificationGap;
  /** What the target role lists that is already held. */
  held: { skills: string[]; certifications: string[] };
  pay: PayChange;
  /** Whether the site has a static comparison page for this move. */
  compare: boolean;
  /** Guides first, then FAQs, each in reading order; `about` is the role they cover. */
  reading: { about: 'target' | 'current'; guides: PlannerGuide[]; faqs: PlannerFaq[] };
}

export interface Plan {
  from: PlannerRole;
  /** Everything counted as held: ticked, plus the skills the current role lists. */
  held: { skills: string[]; certifications: string[] };
  /** Skills counted because the current role lists them (certifications never are: they are personal). */
  fromRole: string[];
  /** Skills the current role lists that the person unticked, so they count as missing. */
  unticked: string[];
  steps: PlanStep[];
}

/** How many FAQs a step suggests. */
export const FAQ_LIMIT = 4;
/** How many guides a step suggests: the best few, so a plan stays short enough to act on and print. */
export const GUIDE_LIMIT = 3;

export interface PlannerIndex {
  data: PlannerData;
  roles: Map<string, PlannerRole>;
  pay: Map<string, PlannerPay>;
  guides: Map<string, PlannerGuide>;
  faqs: Map<string, PlannerFaq>;
  compares: Set<string>;
}

/** Lookup tables over the data, built once and reused for every plan. */
export function indexData(data: PlannerData): PlannerIndex {
  return {
    data,
    roles: new Map(data.roles.map((r) => [r.id, r])),
    pay: new Map(data.pay.map((p) => [p.id, p])),
    guides: new Map(data.guides.map((g) => [g.slug, g])),
    faqs: new Map(data.faqs.map((f) => [f.key, f])),
    compares: new Set(data.compares),
  };
}

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Planner data has no ${what} "${key}"`);
  return value;
}

/** The pay rows a role cites, primary first. */
export function citedPay(index: PlannerIndex, role: PlannerRole): PlannerPay[] {
  return role.pay.map((id) => lookup(index.pay, id, 'pay row'));
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
    if (start && end) return { kind: 'placement', figure: shared, from: start, to: end, difference: end.value - start.value };
    return { kind: 'same-figure', figure: shared };
  }
  return { kind: 'not-comparable', from: a[0]!, to: b[0]!, reasons: incomparability(a[0]!, b[0]!) };
}

function compareRanks(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** Whether a piece of text names an item of the vocabulary as whole words, any case. */
export function names(text: string, item: string): boolean {
  const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\w+])${escaped}($|[^\\w+])`, 'i').test(text);
}

/**
 * Whether a guide is written for someone starting from another role than `from`: it names a role
 * people come from (its first role is an entry role) and does not list this one. An IT support
 * specialist is not sent first to the guide for people without a technical background.
 */
function startsElsewhere(index: PlannerIndex, guide: PlannerGuide, from: PlannerRole): boolean {
  if (guide.roles.includes(from.id)) return false;
  // A guide's first role is the one it is written for; a general guide that also lists an entry role is not.
  const first = guide.roles[0];
  return first !== undefined && index.roles.get(first)?.entry === true;
}

/**
 * What to read for one move, in order. Guides: those that concern both roles first (they are about
 * this very move), then those not written for another starting role, then those where the target is a nearer subject (earlier in the guide's `roles`),
 * then by slug. FAQs: the ones a role page shows for the target, those whose question names
 * something still missing first, otherwise in the role page's order; at most FAQ_LIMIT.
 * When nothing covers the target, the same rules run over what covers the current role, and
 * `about` says so.
 */
export function readingList(index: PlannerIndex, from: PlannerRole, to: PlannerRole, missing: readonly string[]): PlanStep['reading'] {
  const about = to.guides.length + to.faqs.length > 0 ? to : from;
  const other = about === to ? from : to;
  const guides = about.guides
    .map((slug) => lookup(index.guides, slug, 'guide'))
    .map((guide) => ({
      guide,
      rank: [guide.roles.includes(other.id) ? 0 : 1, startsElsewhere(index, guide, from) ? 1 : 0, guide.roles.indexOf(about.id)],
    }))
    .sort((x, y) => compareRanks(x.rank, y.rank) || (x.guide.slug < y.guide.slug ? -1 : x.guide.slug > y.guide.slug ? 1 : 0))
    .slice(0, GUIDE_LIMIT)
    .map((x) => x.guide);
  const faqs = about.faqs
    .map((key, position) => {
      const faq = lookup(index.faqs, key, 'FAQ');
      return { faq, rank: [missing.some((item) => names(faq.question, item)) ? 0 : 1, position] };
    })
    .sort((x, y) => compareRanks(x.rank, y.rank))
    .slice(0, FAQ_LIMIT)
    .map((x) => x.faq);
  return { about: about === to ? 'target' : 'current', guides, faqs };
}

/** The line above a reading list, or the whole answer when there is nothing to read. */
export function readingText(reading: PlanStep['reading'], from: PlannerRole, to: PlannerRole): string | undefined {
  if (reading.guides.length + reading.faqs.length === 0) return `No guide covers ${to.name} or ${from.name} yet.`;
  if (reading.about === 'current') return `No guide covers ${to.name} yet. These cover ${from.name}, your current role:`;
  return undefined;
}

function checkVocabulary(items: readonly string[], vocabulary: readonly string[], what: string): void {
  for (const item of items)
    if (!vocabulary.includes(item)) throw new Error(`Unknown ${what} "${item}": expected one of ${vocabulary.join(', ')}`);
}

/** The answer for a starting role and what is ticked. Throws on an unknown role or vocabulary item. */
export function plan(index: PlannerIndex, input: PlanInput): Plan {
  const from = lookup(index.roles, input.from, 'role');
  checkVocabulary(input.skills, index.data.skills, 'skill');
  checkVocabulary(input.certifications, index.data.certifications, 'certification');
  checkVocabulary(input.without ?? [], index.data.skills, 'skill');
  const without = new Set(input.without ?? []);
  const fromRole = from.skills.filter((s) => !without.has(s));
  const skills = new Set([...fromRole, ...input.skills]);
  const certifications = new Set(input.certifications);
  const held = {
    skills: index.data.skills.filter((s) => skills.has(s)),
    certifications: index.data.certifications.filter((c) => certifications.has(c)),
  };
  const steps = from.moves.map(({ to: toId, kind }): PlanStep => {
    const to = lookup(index.roles, toId, 'role');
    const certs = certificationGap(to.certifications, certifications, index.data.countsToward);
    const missing = { skills: to.skills.filter((s) => !skills.has(s)), certifications: certs.met ? [] : [...certs.listed] };
    return {
      to,
      kind,
      missing,
      certifications: certs,
      held: { skills: to.skills.filter((s) => skills.has(s)), certifications: certs.held },
      pay: payChange(index, from, to),
      compare: index.compares.has(`${from.id} ${toId}`),
      reading: readingList(index, from, to, [...missing.certifications, ...missing.skills]),
    };
  });
  return { from, held, fromRole, unticked: from.skills.filter((s) => without.has(s)), steps };
}

// ---------------------------------------------------------------------------------------------
// Wording shared by the static pages and the browser script, so both say the same thing.

export function moveText(step: Pick<PlanStep, 'kind' | 'to'>): string {
  if (step.kind === 'step') return `Next rung of the ${step.to.trackName} ladder (rung ${step.to.level})`;
  if (step.kind === 'cross-track') return `Across to the ${step.to.trackName} ladder (rung ${step.to.level})`;
  return `First project role, on the ${step.to.trackName} ladder (rung ${step.to.level})`;
}

/** A label as it reads mid-sentence, keeping a leading acronym ("IT ...") as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** "the median base wage for project management specialists (SOC 13-1082), May 2021" */
function figureWords(row: PlannerPay): string {
  return `the ${row.statistic} ${MEASURE_LABEL[row.measure]} for ${lowerFirst(row.label)}, ${row.period}`;
}

function signed(value: number): string {
  if (value === 0) return formatMoney(0);
  return `${value > 0 ? '+' : '−'}${formatMoney(Math.abs(value))}`;
}

export interface PayText {
  /** A few words: the change, or why there is none. */
  headline: string;
  /** How it was worked out or why it was not, naming the figures. */
  detail: string;
  /** The figures behind the words, to be listed with their sources. */
  figures: PlannerPay[];
}

export function payText(change: PayChange, from: PlannerRole, to: PlannerRole): PayText {
  const cites = (row: PlannerPay) => `${formatMoney(row.pay)}, ${figureWords(row)}`;
  switch (change.kind) {
    case 'derived': {
      const occupations = [change.from, change.to].filter((r) => r.scope === 'occupation').length;
      const scope =
        occupations === 0
          ? ''
          : `${occupations === 2 ? 'Both figures describe' : 'One figure describes'} a whole occupation at every level of seniority, not the rung alone. `;
      const years = change.sameYear ? '' : 'The two figures are from different years and are not adjusted for inflation. ';
      return {
        headline: `${signed(change.difference)} a year, median to median (derived)`,
        detail:
          `Derived by the site: ${formatMoney(change.to.pay)} − ${formatMoney(change.from.pay)}. ` +
          `The first is ${figureWords(change.to)}, cited for ${to.name}; the second is ${figureWords(change.from)}, cited for ${from.name}. ` +
          `${scope}${years}Read the gap as a marker, not a promised raise.`,
        figures: [change.from, change.to],
      };
    }
    case 'placement':
      return {
        headline: `${signed(change.difference)} a year between the site's placements (derived)`,
        detail:
          `Both roles fall in one occupation, ${lowerFirst(change.figure.label)}, so BLS gives them one pay distribution. ` +
          `The site places ${from.name} at its ${change.from.percentile} (${formatMoney(change.from.value)}) and ${to.name} at its ${change.to.percentile} ` +
          `(${formatMoney(change.to.value)}), ${change.figure.period}. The change is the placement's: the site's judgement of where each rung sits, not a measured raise.`,
        figures: [change.figure],
      };
    case 'same-figure':
      return {
        headline: 'No change the cited data can show',
        detail: `Both roles cite the same figure, ${cites(change.figure)}. It covers the whole occupation, and no cited source gives each rung a figure of its own.`,
        figures: [change.figure],
      };
    case 'no-figures':
      return {
        headline: 'No cited figure for either role',
        detail: `The site holds no cited pay figure for ${from.name} or for ${to.name}, and it does not estimate one.`,
        figures: [],
      };
    case 'no-current-figure':
      return {
        headline: 'No change computed: no cited figure for your current role',
        detail: `The site holds no cited pay figure for ${from.name}, so it cannot compute a change. For ${to.name} it cites ${cites(change.to)}.`,
        figures: [change.to],
      };
    case 'no-target-figure':
      return {
        headline: `No change computed: no cited figure for ${to.name}`,
        detail: `The site holds no cited pay figure for ${to.name}, so it cannot compute a change. For ${from.name} it cites ${cites(change.from)}.`,
        figures: [change.from],
      };
    case 'not-comparable':
      return {
        headline: 'Not like for like, so no change computed',
        detail: `For ${from.name} the site cites ${cites(change.from)}. For ${to.name} it cites ${cites(change.to)}. The two cannot be subtracted: ${change.reasons.join('; ')}.`,
        figures: [change.from, change.to],
      };
  }
}

/** The sentence above a list of missing items, or the whole answer when nothing is missing. */
export function missingText(missing: readonly string[], listed: readonly string[], what: 'skills' | 'certifications'): string {
  const one = what === 'skills' ? 'skill' : 'certification';
  if (listed.length === 0) return `None: the role usually expects no ${what}.`;
  if (missing.length === 0)
    return listed.length === 1
      ? `None: you have the one ${one} the role lists.`
      : `None: you have all ${listed.length} ${what} the role lists.`;
  if (missing.length === listed.length)
    return listed.length === 1 ? `The one ${one} the role lists:` : `All ${listed.length} ${what} the role lists:`;
  return `${missing.length} of the ${listed.length} ${what} the role lists:`;
}

export function yearsText(role: PlannerRole): { value: string; basis: string } {
  return { value: role.years.value, basis: `Basis: ${role.years.basis}.` };
}

/** One sentence for the live region, read out after each change. */
export function planSummary(result: Plan): string {
  const count = result.steps.length;
  if (count === 0) return `From ${result.from.name} the site maps no further rung: it is the top of its ladder.`;
  const parts = result.steps.map((s) => {
    // Certifications are alternatives: however many the rung lists, one is missing at most.
    const gaps = s.missing.skills.length + (s.certifications.met ? 0 : 1);
    return `${s.to.name}, ${gaps === 0 ? 'nothing missing' : `${gaps} ${gaps === 1 ? 'item' : 'items'} missing`}`;
  });
  return `From ${result.from.name}, ${count} next ${count === 1 ? 'rung' : 'rungs'}: ${parts.join('; ')}.`;
}

/** One line per figure behind a pay answer: the source to link, then what the figure is. */
export function sourceLines(figures: readonly PlannerPay[]): Array<{ source: string; url: string; about: string }> {
  return figures.map((row) => ({
    source: row.source,
    url: row.source_url,
    about: `${row.label}; ${row.region}, ${row.period}.${row.note ? ` ${row.note}` : ''}`,
  }));
}

/** What the plan counts as held, in two sentences. */
export function heldText(result: Plan, ticked: Pick<PlanInput, 'skills'>): { skills: string; certifications: string } {
  const extra = result.held.skills.filter((s) => !result.fromRole.includes(s) && ticked.skills.includes(s));
  const listed = result.fromRole.length + result.unticked.length;
  const own =
    result.unticked.length === 0
      ? `the ${listed} skills the ${result.from.name} role lists (${result.fromRole.join(', ')})`
      : `${result.fromRole.length} of the ${listed} skills the ${result.from.name} role lists (${result.fromRole.join(', ') || 'none'}; you unticked ${result.unticked.join(', ')})`;
  return {
    skills: `Skills counted as yours: ${own}${extra.length > 0 ? `, plus the ${extra.length} you ticked (${extra.join(', ')})` : ''}.`,
    certifications:
      result.held.certifications.length === 0
        ? 'Certifications counted as yours: none. A role never implies a certification: tick the ones you hold.'
        : `Certifications counted as yours: ${result.held.certifications.join(', ')}.`,
  };
}
