/**
 * BLS OEWS May 2024 state estimates -> data/oews-state.csv: one row per area (50 states, DC,
 * Puerto Rico, Guam, Virgin Islands) and occupation. Cells are copied as BLS wrote them, markers
 * included (`*`, `**`, `#`); nothing is computed.
 */
import type { Importer } from './index.ts';
import { cellReader, oewsSource, oewsWages, readSourceCsv, writeCsv, type SourceRow } from './csv-io.ts';

export const STATE_SOURCE = 'bls-oews-state/oews_state_M2024_selected.csv';
export const STATE_YEAR = 2024;
/** May 2024's top-coding wage (the Field Descriptions of the May 2024 files): `#` is at or above it. */
export const STATE_TOP_CODE = 239200;

export const OEWS_STATE_COLUMNS = [
  'area_code', 'state_code', 'region', 'soc_code', 'occupation', 'year', 'period', 'employment', 'jobs_per_1000', 'location_quotient',
  'mean', 'p10', 'p25', 'median', 'p75', 'p90', 'top_code', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

/** BLS's page of one state's May estimates, e.g. https://www.bls.gov/oes/2024/may/oes_tx.htm. */
export function stateUrl(year: number, stateCode: string): string {
  return `https://www.bls.gov/oes/${year}/may/oes_${stateCode.toLowerCase()}.htm`;
}

export function stateRow(source: SourceRow, path: string, year = STATE_YEAR, topCode = STATE_TOP_CODE): Record<string, string> {
  const get = cellReader(source, path);
  return {
    area_code: get('AREA'),
    state_code: get('PRIM_STATE'),
    region: get('AREA_TITLE'),
    soc_code: get('OCC_CODE'),
    occupation: get('OCC_TITLE'),
    year: String(year),
    period: `May ${year}`,
    ...oewsWages(get),
    jobs_per_1000: get('JOBS_1000'),
    location_quotient: get('LOC_QUOTIENT'),
    top_code: String(topCode),
    statistic: 'annual wages: mean and 10th, 25th, 50th (median), 75th and 90th percentiles; employment excludes the self-employed; jobs per 1,000 jobs in the area; location quotient',
    release: `OEWS May ${year} state estimates`,
    ...oewsSource(year),
    source_url: stateUrl(year, get('PRIM_STATE')),
    note: '',
  };
}

export const oewsStateImporter: Importer = {
  name: 'BLS OEWS by state',
  run(sourcesDir) {
    const rows = readSourceCsv(sourcesDir, STATE_SOURCE).map((source) => stateRow(source, STATE_SOURCE));
    rows.sort((a, b) => a.soc_code!.localeCompare(b.soc_code!) || a.region!.localeCompare(b.region!));
    return { 'oews-state.csv': writeCsv(OEWS_STATE_COLUMNS, rows) };
  },
};
