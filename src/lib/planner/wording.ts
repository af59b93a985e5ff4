/** Wording shared by the static pages and the browser script, so both say the same thing. */
import { formatUsd as formatMoney, formatUsdDeltaFull } from '../charts/format';
import { MEASURE_LABELS } from '../data/labels';
import type { PayChange, Plan, PlanInput, PlannerPay, PlannerRole, PlanStep } from './types';

/** The line above a reading list, or the whole answer when there is nothing to read. */
export function readingText(reading: PlanStep['reading'], from: PlannerRole, to: PlannerRole): string | undefined {
  if (reading.guides.length + reading.faqs.length === 0) return `No guide covers ${to.name} or ${from.name} yet.`;
  if (reading.about === 'current') return `No guide covers ${to.name} yet. These cover ${from.name}, your current role:`;
  return undefined;
}
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
  return `the ${row.statistic} ${MEASURE_LABELS[row.measure]} for ${lowerFirst(row.label)}, ${row.period}`;
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
        headline: `${formatUsdDeltaFull(change.difference)} a year, median to median (derived)`,
        detail:
          `Derived by the site: ${formatMoney(change.to.pay)} − ${formatMoney(change.from.pay)}. ` +
          `The first is ${figureWords(change.to)}, cited for ${to.name}; the second is ${figureWords(change.from)}, cited for ${from.name}. ` +
          `${scope}${years}Read the gap as a marker, not a promised raise.`,
        figures: [change.from, change.to],
      };
    }
    case 'placement':
      return {
        // Two rungs placed at one point (both at the 90th percentile, say) have no change to show.
        headline:
          change.difference === 0
            ? "No change BLS data can show: both placements point at the same figure"
            : `${formatUsdDeltaFull(change.difference)} a year between the site's placements (derived)`,
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
