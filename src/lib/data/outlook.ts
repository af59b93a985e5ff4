import { z } from 'astro/zod';
import { DataError, cell, duplicateKeyProblems, parseCsv, readDataFile, type Located } from './csv';
import { citationCells } from './pay';

export const OUTLOOK_COLUMNS = [
  'id', 'occupation', 'soc_code', 'region', 'base_year', 'end_year', 'employment', 'projected_employment', 'growth_pct',
  'change', 'openings_per_year', 'pay_id', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

const outlookRow = z.object({
  id: cell.id(),
  occupation: cell.text(),
  soc_code: z.string({ error: 'expected a SOC code' }).regex(/^\d\d-\d{4}$/, 'expected a SOC code such as 13-1082'),
  region: cell.text(),
  base_year: cell.year(),
  end_year: cell.year(),
  employment: cell.optionalCount(),
  projected_employment: cell.optionalCount(),
  growth_pct: cell.signed(),
  change: cell.optionalSigned(),
  openings_per_year: cell.optionalCount(),
  pay_id: cell.id().optional(),
  ...citationCells,
});

export type OutlookRow = Located<z.output<typeof outlookRow>>;

function periodProblems(file: string, row: OutlookRow): string[] {
  if (row.end_year > row.base_year) return [];
  return [`${file}:${row.line}: end_year: expected a year after base_year (${row.base_year}), got ${row.end_year}`];
}

export function parseOutlook(text: string, file = 'data/outlook.csv'): OutlookRow[] {
  const { rows, problems } = parseCsv(text, { file, columns: OUTLOOK_COLUMNS, row: outlookRow });
  problems.push(...duplicateKeyProblems(file, rows, 'id', (r) => r.id));
  for (const row of rows) problems.push(...periodProblems(file, row));
  if (problems.length > 0) throw new DataError(problems);
  return rows;
}

export function loadOutlook(): OutlookRow[] {
  const { file, text } = readDataFile('outlook.csv');
  return parseOutlook(text, file);
}

/** "2021-31", the way BLS writes a projection decade. */
export function projectionPeriod(row: Pick<OutlookRow, 'base_year' | 'end_year'>): string {
  const end = String(row.end_year);
  return `${row.base_year}-${end.slice(0, 2) === String(row.base_year).slice(0, 2) ? end.slice(2) : end}`;
}
