/**
 * BLS OEWS national cross-industry estimates -> data/oews.csv: one row per occupation and May
 * release, from the first release on SOC 2018 codes (May 2021) to the newest file present.
 * Cells are copied as BLS wrote them, markers included (`*`, `**`, `#`); nothing is computed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Importer } from './index.ts';
import { column, crosswalkCodes, DataError, readSourceCsv, writeCsv, type SourceRow } from './csv-io.ts';

const DIR = 'bls-oews';

/** The occupations asked of the extracts (see the sources README), plus any the crosswalk names. */
export const OEWS_CODES = [
  '00-0000', '11-1021', '11-2021', '11-3021', '11-9041', '11-9199', '13-1071', '13-1082', '13-1111', '13-1199',
  '15-0000', '15-1211', '15-1212', '15-1221', '15-1232', '15-1241', '15-1244', '15-1252', '15-1253', '15-1299', '43-1011',
];

/** May 2020 used a hybrid of SOC 2010 and 2018 codes (no 13-1082), so the series starts in 2021. */
export const FIRST_SOC_2018_YEAR = 2021;

/**
 * The annual wage BLS top-codes at (`#` means "at or above"), read from each release's Field
 * Descriptions sheet. A new release needs its line here; the importer stops until it has one.
 */
export const TOP_CODE_ANNUAL: Readonly<Record<number, number>> = { 2020: 208000, 2021: 208000, 2022: 239200, 2023: 239200, 2024: 239200 };

export const OEWS_COLUMNS = [
  'soc_code', 'occupation', 'occupation_level', 'year', 'period', 'region', 'employment', 'mean', 'p10', 'p25', 'median', 'p75', 'p90',
  'top_code', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

export function oewsUrl(year: number, soc: string): string {
  return soc === '00-0000' ? `https://www.bls.gov/oes/${year}/may/oes_nat.htm` : `https://www.bls.gov/oes/${year}/may/oes${soc.replace('-', '')}.htm`;
}

function releaseYears(sourcesDir: string): number[] {
  return readdirSync(join(sourcesDir, DIR))
    .map((f) => /^oews_national_M(\d{4})_selected\.csv$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .filter((y) => y >= FIRST_SOC_2018_YEAR)
    .sort((a, b) => a - b);
}

function toRow(source: SourceRow, year: number, path: string): Record<string, string> {
  const cap = TOP_CODE_ANNUAL[year];
  if (cap === undefined) throw new DataError([`${path}:1: A_PCT90: expected the release's top-coding wage in TOP_CODE_ANNUAL (src/lib/data/import/oews.ts), got none for ${year}`]);
  const soc = column(source, 'OCC_CODE', path);
  const get = (name: string) => column(source, name, path).trim();
  return {
    soc_code: soc,
    occupation: get('OCC_TITLE'),
    occupation_level: get('O_GROUP'),
    year: String(year),
    period: `May ${year}`,
    region: 'United States',
    employment: get('TOT_EMP'),
    mean: get('A_MEAN'),
    p10: get('A_PCT10'),
    p25: get('A_PCT25'),
    median: get('A_MEDIAN'),
    p75: get('A_PCT75'),
    p90: get('A_PCT90'),
    top_code: String(cap),
    statistic: 'annual wages: mean and 10th, 25th, 50th (median), 75th and 90th percentiles; employment excludes the self-employed',
    release: `OEWS May ${year} national cross-industry estimates`,
    source: `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May ${year}`,
    source_url: oewsUrl(year, soc),
    source_kind: 'government',
    derived: '',
    note: year === FIRST_SOC_2018_YEAR
      ? 'May 2021 is the first release coded wholly to SOC 2018; May 2020 used a hybrid of SOC 2010 and 2018 codes (13-1082 did not exist), so earlier years are not comparable.'
      : '',
  };
}

export const oewsImporter: Importer = {
  name: 'BLS OEWS',
  run(sourcesDir, dataDir = 'data') {
    const wanted = new Set([...OEWS_CODES, ...crosswalkCodes(dataDir)]);
    const years = releaseYears(sourcesDir);
    if (years.length === 0) throw new DataError([`${DIR}:1: expected oews_national_M<year>_selected.csv files, got none`]);
    const newest = years[years.length - 1]!;
    const rows: Record<string, string>[] = [];
    for (const year of years) {
      // The newest release also has an every-occupation file; use it so any crosswalked code is found.
      const all = `${DIR}/oews_national_M${year}_all.csv`;
      const selected = `${DIR}/oews_national_M${year}_selected.csv`;
      const path = year === newest && readdirSync(join(sourcesDir, DIR)).includes(`oews_national_M${year}_all.csv`) ? all : selected;
      const seen = new Set<string>();
      for (const source of readSourceCsv(sourcesDir, path)) {
        const code = column(source, 'OCC_CODE', path);
        // A code aggregated to the broad level appears twice (broad and detailed) with equal values.
        if (!wanted.has(code) || seen.has(code)) continue;
        seen.add(code);
        rows.push(toRow(source, year, path));
      }
    }
    rows.sort((a, b) => a.soc_code!.localeCompare(b.soc_code!) || Number(a.year) - Number(b.year));
    return { 'oews.csv': writeCsv(OEWS_COLUMNS, rows) };
  },
};
