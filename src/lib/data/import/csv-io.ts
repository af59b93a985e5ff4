/**
 * CSV reading and writing for importers. Importers run under plain Node (`npm run data:import`),
 * so this module and everything it imports use explicit `.ts` extensions and no Astro modules.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SourceRow = Record<string, string>;

/** Reads a source CSV (header row, then records) into objects keyed by header, cells untouched. */
export function readSourceCsv(dir: string, path: string): SourceRow[] {
  const text = readFileSync(join(dir, path), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<SourceRow>(text, { header: true, skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new Error(`${path}:${(first.row ?? 0) + 2}: expected well-formed CSV, got ${first.message}`);
  }
  return parsed.data;
}

/** A column of a source row, failing loudly if the source's layout changed. */
export function column(row: SourceRow, name: string, path: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`${path}: expected a column "${name}", got columns ${Object.keys(row).join(', ')}`);
  return value;
}

/** CSV text with a header and `\n` line ends; cells are written exactly as given. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const data = rows.map((row) => columns.map((c) => row[c] ?? ''));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n' })}\n`;
}

/** SOC codes the crosswalk names, so a new role's occupation is imported without editing an importer. */
export function crosswalkCodes(dataDir: string): string[] {
  try {
    return readSourceCsv(dataDir, 'crosswalk.csv').map((r) => (r['soc_code'] ?? '').trim()).filter(Boolean);
  } catch {
    return [];
  }
}
