/**
 * A role page's quick facts, in the order the Occupational Outlook Handbook gives them: pay,
 * entry education, experience, training, jobs, growth, openings. Each names its source and period.
 */
import { decade, type ProjectionRow } from '../data/projections';
import type { RoleOccupation } from './occupation';
import { PERCENTILE_NAMES } from './placement';
import { formatThousands, formatWage, wageOf } from './wage';

export interface QuickFact {
  label: string;
  value: string;
  /** A few words after the value, e.g. the range or a comparison. */
  detail: string | undefined;
  source: string;
  url: string;
  /** The reference period, e.g. "May 2025" or "2024-34". */
  period: string;
}

/** "+6%", "−2%", "0%": the sign BLS projections read with. */
export function signedPct(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`;
}

/**
 * A rung's pay is never the occupation's median: BLS publishes one distribution for everyone in
 * the occupation, at every level. So the facts lead with the part of that distribution the site
 * places the rung in (its stated judgement, labelled so), and give the occupation's median after
 * it, as context.
 */
export function quickFacts(occupation: RoleOccupation, all: ProjectionRow | undefined): QuickFact[] {
  const { latest, projection, placement } = occupation;
  const oews = { source: latest.source, url: latest.source_url, period: latest.period };
  const ep = { source: projection.source, url: projection.source_url };
  const span = decade(projection);
  const { rule } = placement;
  return [
    {
      label: "Where this role's pay sits (the site's placement)",
      value:
        rule.low === rule.high
          ? `${formatWage(placement.low)} a year`
          : `${formatWage(placement.low)} to ${formatWage(placement.high)} a year`,
      detail:
        rule.low === rule.high
          ? `${PERCENTILE_NAMES[rule.low]}; the site's judgement, not a BLS figure`
          : `${PERCENTILE_NAMES[rule.low]} to ${PERCENTILE_NAMES[rule.high]}; the site's judgement, not a BLS figure`,
      ...oews,
    },
    {
      label: 'Occupation median, all levels',
      value: `${formatWage(wageOf(latest, 'median'))} a year`,
      detail: `all levels; 10th–90th percentile ${formatWage(wageOf(latest, 'p10'))}–${formatWage(wageOf(latest, 'p90'))}`,
      ...oews,
    },
    { label: 'Typical entry education', value: projection.entry_education ?? 'not given by BLS', detail: undefined, ...ep, period: span },
    {
      label: 'Work experience in a related occupation',
      value: projection.work_experience ?? 'not given by BLS',
      detail: undefined,
      ...ep,
      period: span,
    },
    {
      label: 'Typical on-the-job training',
      value: projection.on_the_job_training ?? 'not given by BLS',
      detail: undefined,
      ...ep,
      period: span,
    },
    {
      label: `Jobs, ${projection.base_year}`,
      value: formatThousands(projection.employment_base_thousands),
      detail: 'including the self-employed; BLS publishes it in thousands',
      ...ep,
      period: String(projection.base_year),
    },
    {
      label: `Job outlook, ${span}`,
      value: signedPct(projection.change_pct),
      detail: `${projection.change_thousands >= 0 ? '+' : '−'}${formatThousands(Math.abs(projection.change_thousands))} jobs${all ? `; all occupations ${signedPct(all.change_pct)}` : ''}`,
      ...ep,
      period: span,
    },
    {
      label: 'Openings a year',
      value: formatThousands(projection.openings_per_year_thousands),
      detail: `on average over ${span}, including replacing workers who leave the occupation`,
      ...ep,
      period: span,
    },
  ];
}

export interface FactSource {
  source: string;
  url: string;
  /** 1-based note number the rows refer to. */
  note: number;
}

/**
 * The distinct sources of a list of facts, numbered in order of first use, so a table can cite
 * each source once under it instead of repeating the same citation on every row.
 */
export function factSources(facts: readonly QuickFact[]): { sources: FactSource[]; noteOf: (fact: QuickFact) => number } {
  const sources: FactSource[] = [];
  for (const fact of facts) {
    if (!sources.some((s) => s.url === fact.url && s.source === fact.source))
      sources.push({ source: fact.source, url: fact.url, note: sources.length + 1 });
  }
  const noteOf = (fact: QuickFact): number => sources.find((s) => s.url === fact.url && s.source === fact.source)!.note;
  return { sources, noteOf };
}

/**
 * The sentences that open a role's pay: the rung's placement first (the site's judgement), then
 * the occupation BLS counts the role in, with its median across all levels as context; where
 * another rung of the same occupation is placed at the same point, why the site does not tell
 * them apart.
 */
export function payLead(occupation: RoleOccupation, roleName: string, samePlacementNames: readonly string[]): string[] {
  const { latest, placement, crosswalk, name } = occupation;
  const median = formatWage(wageOf(latest, 'median'));
  const role = withArticle(roleName);
  const lead = [
    `The site places ${role} ${placement.rule.words}: ${placement.rule.low === placement.rule.high ? formatWage(placement.low) : `${formatWage(placement.low)} to ${formatWage(placement.high)}`} a year (${latest.period}). That is the site's judgement of where the rung typically sits in the occupation's pay, not a figure BLS measured.`,
    `${crosswalk.why} BLS's figures cover ${inSentence(name)} at every level: median ${median} across all levels. It publishes no figure for ${role} as such.`,
  ];
  if (samePlacementNames.length > 0) {
    lead.push(
      `The site places ${listWords(samePlacementNames.map(withArticle))} at the same point: nothing BLS publishes tells ${samePlacementNames.length === 1 ? 'the two' : 'these'} rungs' pay apart, so the site does not invent a difference.`,
    );
  }
  return lead;
}

/** "a project manager", "an IT project manager": the article goes by the sound of the first word. */
export function withArticle(name: string): string {
  return `${/^(?:[aeio]|IT\b|un[^i])/i.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * An occupation's name mid-sentence: lower-case first letter, and a closing comma after a name
 * that has one ("computer occupations, all other, at every level").
 */
function inSentence(name: string, capital = false): string {
  const first = capital ? name.charAt(0).toUpperCase() : name.charAt(0).toLowerCase();
  return `${first}${name.slice(1)}${name.includes(',') ? ',' : ''}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
