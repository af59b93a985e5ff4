/**
 * BLS Employment Projections 2024-34 (tables 1.2 and 1.10) -> data/projections.csv. BLS publishes
 * employment, change and openings in thousands; they are kept in thousands, as published, and the
 * column names say so. `—` (not available) is kept as a marker.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Importer } from './index.ts';
import { column, crosswalkCodes, DataError, readSourceCsv, writeCsv } from './csv-io.ts';
import { OEWS_CODES } from './oews.ts';
import { PUBLISHER_PAGES } from '../publishers.ts';

const DIR = 'bls-ep';
export const PROJECTIONS_URL = PUBLISHER_PAGES.projections;

export const PROJECTIONS_COLUMNS = [
  'soc_code', 'occupation', 'occupation_type', 'base_year', 'end_year', 'employment_base_thousands', 'employment_end_thousands',
  'change_thousands', 'change_pct', 'openings_per_year_thousands', 'self_employed_pct', 'entry_education', 'work_experience',
  'on_the_job_training', 'region', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

/** Finds the one column whose header starts with `prefix` (headers carry the projection years). */
function columnStarting(row: Record<string, string>, prefix: string, path: string): string {
  const name = Object.keys(row).find((k) => k.startsWith(prefix));
  if (name === undefined) throw new DataError([`${path}:1: ${prefix}: expected a column starting so, got ${Object.keys(row).join(', ')}`]);
  return (row[name] ?? '').trim();
}

export const projectionsImporter: Importer = {
  name: 'BLS Employment Projections',
  run(sourcesDir, dataDir = 'data') {
    const files = readdirSync(join(sourcesDir, DIR));
    const table12 = files.find((f) => /^bls_ep_\d{4}-\d{2}_table_1\.2_selected\.csv$/.test(f));
    const table110 = files.find((f) => /^bls_ep_\d{4}-\d{2}_table_1\.10_selected\.csv$/.test(f));
    if (!table12 || !table110) throw new DataError([`${DIR}:1: expected tables 1.2 and 1.10 extracts, got ${files.join(', ') || 'no files'}`]);
    const [, base, endShort] = /bls_ep_(\d{4})-(\d{2})_/.exec(table12)!;
    const baseYear = Number(base);
    const endYear = Math.floor(baseYear / 100) * 100 + Number(endShort);
    const p12 = `${DIR}/${table12}`;
    const p110 = `${DIR}/${table110}`;
    const openings = new Map(readSourceCsv(sourcesDir, p110).map((r) => [column(r, `${baseYear} National Employment Matrix code`, p110), r]));
    const wanted = new Set([...OEWS_CODES, ...crosswalkCodes(dataDir)]);
    const rows: Record<string, string>[] = [];
    for (const r of readSourceCsv(sourcesDir, p12)) {
      const soc = column(r, `${baseYear} National Employment Matrix code`, p12);
      if (!wanted.has(soc)) continue;
      const other = openings.get(soc);
      const openingsCell = columnStarting(r, 'Occupational openings', p12);
      if (other && columnStarting(other, 'Occupational openings', p110) !== openingsCell) {
        throw new DataError([`${p110}:1: Occupational openings: expected ${soc}'s openings of table 1.2 (${openingsCell}), got ${columnStarting(other, 'Occupational openings', p110)}`]);
      }
      rows.push({
        soc_code: soc,
        occupation: column(r, `${baseYear} National Employment Matrix title`, p12).trim(),
        occupation_type: column(r, 'Occupation type', p12).trim(),
        base_year: String(baseYear),
        end_year: String(endYear),
        employment_base_thousands: columnStarting(r, `Employment, ${baseYear}`, p12),
        employment_end_thousands: columnStarting(r, `Employment, ${endYear}`, p12),
        change_thousands: columnStarting(r, 'Employment change, numeric', p12),
        change_pct: columnStarting(r, 'Employment change, percent', p12),
        openings_per_year_thousands: openingsCell,
        self_employed_pct: columnStarting(r, 'Percent self employed', p12),
        entry_education: columnStarting(r, 'Typical education needed for entry', p12),
        work_experience: columnStarting(r, 'Work experience in a related occupation', p12),
        on_the_job_training: columnStarting(r, 'Typical on-the-job training', p12),
        region: 'United States',
        statistic: `employment ${baseYear} and projected ${endYear} (thousands, including the self-employed); change; openings per year (thousands, annual average ${baseYear}-${endShort})`,
        release: `BLS Employment Projections ${baseYear}-${endShort}, tables 1.2 and 1.10`,
        source: 'Employment Projections program, U.S. Bureau of Labor Statistics',
        source_url: PROJECTIONS_URL,
        source_kind: 'government',
        derived: '',
        note: '',
      });
    }
    rows.sort((a, b) => a.soc_code!.localeCompare(b.soc_code!));
    return { 'projections.csv': writeCsv(PROJECTIONS_COLUMNS, rows) };
  },
};
