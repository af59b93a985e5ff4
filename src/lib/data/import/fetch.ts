/**
 * `npm run data:fetch [-- --to DIR] [-- --force]`: downloads the publishers' files (addresses in
 * src/lib/data/publishers.ts) and lays their tables out as the importers read them, in
 * .cache/sources (git-ignored), so `npm run data:import` works on any machine with internet. Each
 * table is converted whole, cell for cell (workbook cells as stored, text files as published);
 * files named `_selected` by the importers hold the whole table here, and the importers pick
 * their rows. Downloads are kept in .cache/sources/downloads and reused unless --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError, readCsvRecords, writeCsv } from '../csv.ts';
import { readZipEntry, selectEntry, xlsxSheetRows, zipEntries } from './archive.ts';
import { FIRST_SOC_2018_YEAR, MODEL_BASED_YEARS, oewsSourceDir, TOP_CODE_ANNUAL } from './oews.ts';
import { INDUSTRY_SOURCES, INDUSTRY_YEAR } from './oews-industry.ts';
import { STATE_SOURCE, STATE_YEAR } from './oews-state.ts';
import { PUBLISHER_FILES, SOURCES_CACHE_DIR } from '../publishers.ts';

/** How one table is read out of its download. */
export type TableFormat =
  /** A worksheet (the first when unnamed); the table starts at the row with a cell matching `header`. */
  | { kind: 'sheet'; sheet?: string; header?: RegExp }
  /** O*NET's tab-separated text, written as CSV. */
  | { kind: 'tsv' }
  /** Kept byte for byte. */
  | { kind: 'copy' };

export interface SourceTableSpec {
  /** Where the importers read it, under the sources folder; from the header when it names the years. */
  path: string | ((header: readonly string[]) => string);
  /** A workbook or text file inside the download's zip (when the download is a zip). */
  entry?: RegExp;
  /** A workbook inside that workbook-in-a-zip is the entry itself; `format` says how to read it. */
  format: TableFormat;
}

export interface Download {
  url: string;
  tables: SourceTableSpec[];
}

/** The OEWS May releases the importer accepts: survey years with a top-coding wage and model-based years, from SOC 2018 on. */
export function oewsYears(): number[] {
  return [...Object.keys(TOP_CODE_ANNUAL).map(Number), ...MODEL_BASED_YEARS]
    .filter((y) => y >= FIRST_SOC_2018_YEAR)
    .sort((a, b) => a - b);
}

/** Employment Projections tables name their base year in the header; the file name carries the decade. */
function projectionsPath(table: string) {
  return (header: readonly string[]) => {
    const base = Number(/^(\d{4}) National Employment Matrix code$/.exec(header.find((h) => /National Employment Matrix code$/.test(h)) ?? '')?.[1]);
    if (!base) throw new DataError([`${PUBLISHER_FILES.projections}:1: header: expected "<year> National Employment Matrix code", got ${header.join(', ')}`]);
    return `bls-ep/bls_ep_${base}-${String((base + 10) % 100).padStart(2, '0')}_table_${table}_selected.csv`;
  };
}

/** Every download and the tables taken from it. */
export function fetchPlan(years: readonly number[] = oewsYears()): Download[] {
  const onetText = (name: string, path: string): SourceTableSpec => ({ path, entry: new RegExp(`(^|/)${name}\\.txt$`), format: { kind: 'tsv' } });
  return [
    ...years.map((year) => ({
      url: PUBLISHER_FILES.oewsNational(year),
      // The importer reads `_selected` for older releases and `_all` for the newest and for O*NET's wages.
      tables: ['selected', 'all'].map((part) => ({
        path: `${oewsSourceDir(year)}/oews_national_M${year}_${part}.csv`,
        entry: new RegExp(`(^|/)national_M${year}_dl\\.xlsx$`),
        format: { kind: 'sheet', sheet: `national_M${year}_dl` } as const,
      })),
    })),
    {
      // The state file is written whole under the extract's name; the importer reads the columns it needs.
      url: PUBLISHER_FILES.oewsState(STATE_YEAR),
      tables: [{ path: STATE_SOURCE, entry: new RegExp(`(^|/)state_M${STATE_YEAR}_dl\\.xlsx$`), format: { kind: 'sheet', sheet: `state_M${STATE_YEAR}_dl` } as const }],
    },
    {
      url: PUBLISHER_FILES.oewsIndustry(INDUSTRY_YEAR),
      tables: INDUSTRY_SOURCES.map((path) => {
        const level = /_(natsector|nat3d)_/.exec(path)![1]!;
        return { path, entry: new RegExp(`(^|/)${level}_M${INDUSTRY_YEAR}_dl\\.xlsx$`, 'i'), format: { kind: 'sheet', sheet: `${level}_M${INDUSTRY_YEAR}_dl` } as const };
      }),
    },
    {
      url: PUBLISHER_FILES.projections,
      tables: ['1.2', '1.10'].map((table) => ({ path: projectionsPath(table), format: { kind: 'sheet', sheet: `Table ${table}`, header: /National Employment Matrix code$/ } as const })),
    },
    {
      url: PUBLISHER_FILES.onet290,
      tables: [
        { path: 'onet/onet_29.0_skills_all_occupations.csv', entry: /(^|\/)Skills\.xlsx$/, format: { kind: 'sheet' } },
        { path: 'onet/onet_29.0_knowledge_all_occupations.csv', entry: /(^|\/)Knowledge\.xlsx$/, format: { kind: 'sheet' } },
      ],
    },
    {
      url: PUBLISHER_FILES.onet292,
      tables: [
        onetText('Occupation Data', 'onet/onet_29.2_occupation_data_all.csv'),
        onetText('Task Statements', 'onet/onet_29.2_task_statements_selected.csv'),
        onetText('Technology Skills', 'onet/onet_29.2_technology_skills_selected.csv'),
        onetText('Education, Training, and Experience', 'onet/onet_29.2_education_training_experience_selected.csv'),
        onetText('Related Occupations', 'onet/onet_29.2_related_occupations_selected.csv'),
        { path: 'onet/original_29.2/Content Model Reference.txt', entry: /(^|\/)Content Model Reference\.txt$/, format: { kind: 'copy' } },
      ],
    },
  ];
}

/** Where a download is kept in the cache. */
export function downloadPath(cacheDir: string, url: string): string {
  return join(cacheDir, 'downloads', basename(new URL(url).pathname));
}

/**
 * A worksheet's table: from the header row (the first, or the first with a cell matching `header`)
 * to the last row before the footnotes, which BLS writes in the first column alone.
 */
export function sheetTable(rows: readonly string[][], header?: RegExp, file = 'xlsx'): { header: string[]; rows: string[][] } {
  const at = header ? rows.findIndex((r) => r.some((c) => header.test(c))) : rows.findIndex((r) => r.some((c) => c !== ''));
  if (at < 0) throw new DataError([`${file}:1: expected a header row${header ? ` with a cell matching ${header}` : ''}, got none`]);
  const head = rows[at]!;
  const body: string[][] = [];
  for (const row of rows.slice(at + 1)) {
    if (row.slice(1).every((c) => c === '')) break;
    body.push(head.map((_, i) => row[i] ?? ''));
  }
  return { header: head, rows: body };
}

/** One table's file: its path under the sources folder and its bytes. */
export function extractTable(download: Buffer, spec: SourceTableSpec, file: string): { path: string; content: string | Buffer } {
  let bytes = download;
  let name = file;
  if (spec.entry) {
    const entry = selectEntry(zipEntries(download, file), spec.entry, file);
    bytes = readZipEntry(download, entry, file);
    name = `${file}:${entry.name}`;
  }
  const csv = (header: readonly string[], rows: readonly string[][]) => writeCsv(header, rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))));
  const pathOf = (header: readonly string[]) => (typeof spec.path === 'string' ? spec.path : spec.path(header));
  switch (spec.format.kind) {
    case 'copy':
      return { path: pathOf([]), content: bytes };
    case 'tsv': {
      const { header, records, problems } = readCsvRecords(bytes.toString('utf8'), name, '\t');
      if (problems.length > 0) throw new DataError(problems);
      return { path: pathOf(header), content: csv(header, records.map((r) => r.cells)) };
    }
    case 'sheet': {
      const table = sheetTable(xlsxSheetRows(bytes, spec.format.sheet, name), spec.format.header, name);
      return { path: pathOf(table.header), content: csv(table.header, table.rows) };
    }
  }
}

async function download(url: string): Promise<Buffer> {
  // BLS refuses requests without a browser-like user agent.
  const response = await fetch(url, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; pm-pathways data:fetch)' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return Buffer.from(await response.arrayBuffer());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const to = args.includes('--to') ? args[args.indexOf('--to') + 1]! : SOURCES_CACHE_DIR;
  const force = args.includes('--force');
  for (const item of fetchPlan()) {
    const saved = downloadPath(to, item.url);
    let bytes: Buffer;
    if (existsSync(saved) && !force) bytes = readFileSync(saved);
    else {
      try {
        bytes = await download(item.url);
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
        console.error(`data:fetch: could not download ${item.url} (${cause}). It needs internet access to www.bls.gov and www.onetcenter.org; nothing was imported.`);
        process.exit(1);
      }
      mkdirSync(dirname(saved), { recursive: true });
      writeFileSync(saved, bytes);
    }
    for (const spec of item.tables) {
      const { path, content } = extractTable(bytes, spec, item.url);
      mkdirSync(dirname(join(to, path)), { recursive: true });
      writeFileSync(join(to, path), content);
      console.log(`${join(to, path)}  <-  ${item.url}`);
    }
  }
  console.log(`Done. Next: npm run data:import${to === SOURCES_CACHE_DIR ? '' : ` -- --sources ${to}`}`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/import/fetch.ts')) await main();
