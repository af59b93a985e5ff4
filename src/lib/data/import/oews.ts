/**
 * BLS OEWS national cross-industry estimates -> data/oews.csv: one row per occupation and May
 * release, from the first release on SOC 2018 codes (May 2021) to the newest file present.
 * Cells are copied as BLS wrote them, markers included (`*`, `**`, `#`); nothing is computed.
 * Each row says how BLS estimated it (`method`): survey releases top-code wages at a cap, the
 * model-based ones (May 2025 on) publish every wage, so a `#` there is an error, not a marker.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Importer } from './index.ts';
import { cellReader, column, crosswalkCodes, DataError, oewsSource, oewsWages, readSourceTable, writeCsv, type SourceRow } from './csv-io.ts';

/** Survey-based releases sit in `bls-oews/`; May 2025, the first model-based one, in a folder of its own. */
export const OEWS_DIRS = ['bls-oews', 'bls-oews-m2025'] as const;

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

/**
 * Releases estimated with BLS's model-based method, which top-codes nothing (the May 2025 Field
 * Descriptions speak of "model error" where May 2024 said "sampling error"). A release is in
 * exactly one of this list and TOP_CODE_ANNUAL.
 */
export const MODEL_BASED_YEARS: readonly number[] = [2025];

/** The sources folder a release's files sit in: survey releases together, model-based ones apart. */
export function oewsSourceDir(year: number): (typeof OEWS_DIRS)[number] {
  return MODEL_BASED_YEARS.includes(year) ? 'bls-oews-m2025' : 'bls-oews';
}

export type OewsMethod = 'survey' | 'model';

/** The note a model-based row carries, so any page quoting it beside earlier years can say so. */
export const MODEL_BASED_NOTE =
  'May 2025 estimates use BLS\'s new model-based method and no wage is top-coded; compare with earlier years with care.';

// Hourly wages are not imported, but a # there would mean BLS top-coded the release after all.
const WAGE_COLUMNS = ['A_MEAN', 'A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90', 'H_MEAN', 'H_PCT10', 'H_PCT25', 'H_MEDIAN', 'H_PCT75', 'H_PCT90'] as const;

export const OEWS_COLUMNS = [
  'soc_code', 'occupation', 'occupation_level', 'year', 'period', 'region', 'employment', 'mean', 'p10', 'p25', 'median', 'p75', 'p90',
  'top_code', 'method', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

export function oewsUrl(year: number, soc: string): string {
  return soc === '00-0000' ? `https://www.bls.gov/oes/${year}/may/oes_nat.htm` : `https://www.bls.gov/oes/${year}/may/oes${soc.replace('-', '')}.htm`;
}

interface Release {
  year: number;
  dir: string;
  files: string[];
}

function releases(sourcesDir: string): Release[] {
  const found: Release[] = [];
  for (const dir of OEWS_DIRS) {
    if (!existsSync(join(sourcesDir, dir))) continue;
    const files = readdirSync(join(sourcesDir, dir));
    for (const f of files) {
      const year = Number(/^oews_national_M(\d{4})_selected\.csv$/.exec(f)?.[1]);
      if (year >= FIRST_SOC_2018_YEAR) found.push({ year, dir, files });
    }
  }
  return found.sort((a, b) => a.year - b.year);
}

/** How BLS estimated a release, or a stop naming what to add for a release the importer does not know. */
export function releaseMethod(year: number, path: string): { method: OewsMethod; cap: number | undefined } {
  if (MODEL_BASED_YEARS.includes(year)) return { method: 'model', cap: undefined };
  const cap = TOP_CODE_ANNUAL[year];
  if (cap === undefined) {
    throw new DataError([`${path}:1: A_PCT90: expected the release's top-coding wage in TOP_CODE_ANNUAL or the year in MODEL_BASED_YEARS (src/lib/data/import/oews.ts), got neither for ${year}`]);
  }
  return { method: 'survey', cap };
}

/** `line` is the row's line in the source file (header on line 1), for errors. */
export function toRow(source: SourceRow, year: number, path: string, line: number): Record<string, string> {
  const { method, cap } = releaseMethod(year, path);
  const soc = column(source, 'OCC_CODE', path);
  const get = cellReader(source, path);
  if (method === 'model') {
    for (const name of WAGE_COLUMNS) {
      if (get(name) === '#') {
        throw new DataError([`${path}:${line}: ${name}: expected a wage (May ${year} is model-based and top-codes nothing), got #`]);
      }
    }
  }
  return {
    soc_code: soc,
    occupation: get('OCC_TITLE'),
    occupation_level: get('O_GROUP'),
    year: String(year),
    period: `May ${year}`,
    region: 'United States',
    ...oewsWages(get),
    top_code: cap === undefined ? '' : String(cap),
    method,
    statistic: 'annual wages: mean and 10th, 25th, 50th (median), 75th and 90th percentiles; employment excludes the self-employed',
    release: `OEWS May ${year} national cross-industry estimates`,
    ...oewsSource(year),
    source_url: oewsUrl(year, soc),
    note:
      year === FIRST_SOC_2018_YEAR
        ? 'May 2021 is the first release coded wholly to SOC 2018; May 2020 used a hybrid of SOC 2010 and 2018 codes (13-1082 did not exist), so earlier years are not comparable.'
        : method === 'model'
          ? MODEL_BASED_NOTE
          : '',
  };
}

export const oewsImporter: Importer = {
  name: 'BLS OEWS',
  run(sourcesDir, dataDir = 'data') {
    const wanted = new Set([...OEWS_CODES, ...crosswalkCodes(dataDir)]);
    const found = releases(sourcesDir);
    if (found.length === 0) throw new DataError([`${OEWS_DIRS.join(', ')}:1: expected oews_national_M<year>_selected.csv files, got none`]);
    const newest = found[found.length - 1]!.year;
    const rows: Record<string, string>[] = [];
    for (const { year, dir, files } of found) {
      // The newest release also has an every-occupation file; use it so any crosswalked code is found.
      const path = `${dir}/oews_national_M${year}_${year === newest && files.includes(`oews_national_M${year}_all.csv`) ? 'all' : 'selected'}.csv`;
      const seen = new Set<string>();
      for (const { line, row: source } of readSourceTable(sourcesDir, path).rows) {
        const code = column(source, 'OCC_CODE', path, line);
        // A code aggregated to the broad level appears twice (broad and detailed) with equal values.
        if (!wanted.has(code) || seen.has(code)) continue;
        seen.add(code);
        rows.push(toRow(source, year, path, line));
      }
    }
    rows.sort((a, b) => a.soc_code!.localeCompare(b.soc_code!) || Number(a.year) - Number(b.year));
    return { 'oews.csv': writeCsv(OEWS_COLUMNS, rows) };
  },
};
