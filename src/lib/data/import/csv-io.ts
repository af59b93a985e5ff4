/**
 * What importers share beyond the one CSV reader and writer (src/lib/data/csv.ts, re-exported here
 * so an importer imports from one place). Importers run under plain Node (`npm run data:import`),
 * so this module and everything it imports use explicit `.ts` extensions.
 */
import { column, DataError, readSourceTable } from '../csv.ts';

export { column, DataError, readSourceCsv, readSourceTable, writeCsv, type SourceTable } from '../csv.ts';

export type SourceRow = Record<string, string>;

/**
 * SOC codes the crosswalk names, so a new role's occupation is imported without editing an
 * importer. An unreadable crosswalk stops the import: returning nothing would silently import
 * fewer occupations.
 */
export function crosswalkCodes(dataDir: string): string[] {
  const { file, rows } = readSourceTable(dataDir, 'crosswalk.csv');
  if (rows.length > 0 && !('soc_code' in rows[0]!.row)) throw new DataError([`${file}:1: soc_code: expected the column, got columns ${Object.keys(rows[0]!.row).join(', ')}`]);
  return rows.map(({ row }) => (row['soc_code'] ?? '').trim()).filter(Boolean);
}

/** A source row's cells by column name, trimmed; a missing column stops the import naming the file. */
export function cellReader(source: SourceRow, path: string): (name: string) => string {
  return (name) => column(source, name, path).trim();
}

/** Employment and the annual wages of an OEWS national or state file, copied as BLS wrote them, markers included. */
export function oewsWages(get: (name: string) => string): Record<'employment' | 'mean' | 'p10' | 'p25' | 'median' | 'p75' | 'p90', string> {
  return {
    employment: get('TOT_EMP'),
    mean: get('A_MEAN'),
    p10: get('A_PCT10'),
    p25: get('A_PCT25'),
    median: get('A_MEDIAN'),
    p75: get('A_PCT75'),
    p90: get('A_PCT90'),
  };
}

/** How every OEWS row names its publisher and release. */
export function oewsSource(year: number): { source: string; source_kind: string; derived: string } {
  return { source: `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May ${year}`, source_kind: 'government', derived: '' };
}
