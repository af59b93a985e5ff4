/**
 * A role page's quick facts, in the order the Occupational Outlook Handbook gives them: pay,
 * entry education, experience, training, jobs, growth, openings. Each names its source and period.
 */
import { decade, type ProjectionRow } from '../data/projections';
import type { RoleOccupation } from './occupation';
import { formatThousands, formatWage, wageOf } from './wage';

export interface QuickFact {
  label: string;
  value: string;
  /** A few words after the value, e.g. the range or a comparison. */
  detail: string | undefined;
  source: string;
  url: string;
  /** The reference period, e.g. "May 2024" or "2024-34". */
  period: string;
}

function signedPct(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`;
}

export function quickFacts(occupation: RoleOccupation, all: ProjectionRow | undefined): QuickFact[] {
  const { latest, projection } = occupation;
  const oews = { source: latest.source, url: latest.source_url, period: latest.period };
  const ep = { source: projection.source, url: projection.source_url };
  const span = decade(projection);
  return [
    {
      label: 'Median pay',
      value: `${formatWage(wageOf(latest, 'median'))} a year`,
      detail: `half earned less, half more; 10th to 90th percentile ${formatWage(wageOf(latest, 'p10'))} to ${formatWage(wageOf(latest, 'p90'))}`,
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
