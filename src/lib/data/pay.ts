import { z } from 'astro/zod';
import { DataError, cell, parseCsv, readDataFile, type Located } from './csv';

export const SOURCE_KINDS = ['government', 'practitioner-survey', 'employer-survey', 'crowdsourced'] as const;
export const MEASURES = ['base-wage', 'salary', 'total-compensation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The cells that cite a row's figures: every data file of figures carries them, validated alike. */
export const citationCells = {
  source: cell.text(),
  source_url: cell.url(),
  source_kind: cell.oneOf(SOURCE_KINDS),
  derived: cell.optionalText(),
  note: cell.optionalText(),
};
export type Measure = (typeof MEASURES)[number];

/** How each kind of source is named to readers, in charts, tables and prose. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  government: 'Government statistics',
  'practitioner-survey': 'Practitioner survey',
  'employer-survey': 'Employer survey',
  crowdsourced: 'Crowdsourced',
};

/**
 * Pay is shown in two panels that never share a scale: cash pay (base wages and salaries), and
 * big-tech total compensation, which adds stock and bonus and is not comparable with the first.
 */
export const PAY_PANELS = [
  { id: 'salaries', title: 'Base wages and salaries', measures: ['base-wage', 'salary'] },
  { id: 'total-compensation', title: 'Total compensation at large tech employers', measures: ['total-compensation'] },
] as const satisfies readonly { id: string; title: string; measures: readonly Measure[] }[];
export type PayPanelId = (typeof PAY_PANELS)[number]['id'];

export function payPanelOf(measure: Measure): PayPanelId {
  return PAY_PANELS.find((panel) => (panel.measures as readonly Measure[]).includes(measure))!.id;
}

export const MEASURE_LABELS: Record<Measure, string> = {
  'base-wage': 'Base wage',
  salary: 'Salary',
  'total-compensation': 'Total compensation',
};

export const PAY_COLUMNS = [
  'id', 'label', 'region', 'currency', 'year', 'period', 'statistic', 'pay', 'p10', 'p25', 'p75', 'p90',
  'measure', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

const payRow = z.object({
  id: cell.id(),
  label: cell.text(),
  region: cell.text(),
  currency: cell.oneOf(['USD']),
  year: cell.year(),
  period: cell.text(),
  statistic: cell.oneOf(['median', 'mean']),
  pay: cell.amount(),
  p10: cell.optionalAmount(),
  p25: cell.optionalAmount(),
  p75: cell.optionalAmount(),
  p90: cell.optionalAmount(),
  measure: cell.oneOf(MEASURES),
  ...citationCells,
});

export type PayRow = Located<z.output<typeof payRow>>;

/** Percentiles must rise: p10 <= p25 <= pay (when it is a median) <= p75 <= p90, using those present. */
function percentileProblems(file: string, row: PayRow): string[] {
  const points: Array<[string, number | undefined]> = [
    ['p10', row.p10], ['p25', row.p25], ...(row.statistic === 'median' ? [['pay', row.pay] as [string, number]] : []),
    ['p75', row.p75], ['p90', row.p90],
  ];
  const present = points.filter((p): p is [string, number] => p[1] !== undefined);
  const problems: string[] = [];
  for (let i = 1; i < present.length; i++) {
    const [lowName, low] = present[i - 1]!;
    const [highName, high] = present[i]!;
    if (high < low) problems.push(`${file}:${row.line}: ${highName}: expected at least ${lowName} (${low}), got ${high}`);
  }
  return problems;
}

export function parsePay(text: string, file = 'data/pay.csv'): PayRow[] {
  const { rows, problems } = parseCsv(text, { file, columns: PAY_COLUMNS, row: payRow });
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.id);
    if (first !== undefined) problems.push(`${file}:${row.line}: id: expected a unique id, got "${row.id}" already used on line ${first}`);
    else seen.set(row.id, row.line);
    problems.push(...percentileProblems(file, row));
  }
  if (problems.length > 0) throw new DataError(problems);
  return rows;
}

let cache: PayRow[] | undefined;

/** Pay rows from data/pay.csv, validated once per build. */
export function loadPay(): PayRow[] {
  if (!cache) {
    const { file, text } = readDataFile('pay.csv');
    cache = parsePay(text, file);
  }
  return cache;
}

export function payById(): Map<string, PayRow> {
  return new Map(loadPay().map((row) => [row.id, row]));
}
