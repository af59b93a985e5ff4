/**
 * What importers share beyond the one CSV reader and writer (src/lib/data/csv.ts, re-exported here
 * so an importer imports from one place). Importers run under plain Node (`npm run data:import`),
 * so this module and everything it imports use explicit `.ts` extensions.
 */
import { DataError, readSourceTable } from '../csv.ts';

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
