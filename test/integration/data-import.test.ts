import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAll, sourcesDirFrom } from '../../src/lib/data/import/run';

/**
 * The full check: data/ is exactly what the importers make of the publishers' files. It needs the
 * sources folder (CI has ../shared/sources; `npm run data:fetch` fills .cache/sources), which a
 * clone alone does not have: then it says so in one line and skips. The importers' logic is
 * tested on fixtures in the unit project either way.
 */
const sources = sourcesDirFrom([], process.env);
const present = sources !== undefined && existsSync(sources);
if (!present) console.info('data import check skipped: no sources folder (.cache/sources, ../shared/sources or PMP_SOURCES_DIR)');

describe.skipIf(!present)(`data/ against the sources in ${sources}`, () => {
  const files = present ? importAll(sources, 'data') : {};
  const parse = (text: string) =>
    Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const source = (path: string) => parse(readFileSync(`${sources}/${path}`, 'utf8'));

  it('reproduces every data file it writes, byte for byte', () => {
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(`data/${name}`, 'utf8'), `data/${name} differs from the import: run npm run data:import`).toBe(text);
  });

  it('copies each figure verbatim from the BLS row of that code and year', () => {
    const pairs = {
      employment: 'TOT_EMP',
      mean: 'A_MEAN',
      p10: 'A_PCT10',
      p25: 'A_PCT25',
      median: 'A_MEDIAN',
      p75: 'A_PCT75',
      p90: 'A_PCT90',
    };
    const byYear = new Map<string, Record<string, string>[]>();
    const release = (year: string) => {
      if (!byYear.has(year)) {
        const all = `bls-oews/oews_national_M${year}_all.csv`;
        byYear.set(year, [
          ...source(`bls-oews/oews_national_M${year}_selected.csv`),
          ...(existsSync(`${sources}/${all}`) ? source(all) : []),
        ]);
      }
      return byYear.get(year)!;
    };
    const rows = parse(files['oews.csv']!);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const match = release(row['year']!).find((s) => s['OCC_CODE'] === row['soc_code']);
      expect(match, `${row['soc_code']} May ${row['year']}`).toBeDefined();
      for (const [ours, theirs] of Object.entries(pairs))
        expect(row[ours], `${row['soc_code']} ${row['year']} ${ours}`).toBe(match![theirs]);
    }
    const table = source('bls-ep/bls_ep_2024-34_table_1.2_selected.csv');
    for (const row of parse(files['projections.csv']!)) {
      const match = table.find((t) => t['2024 National Employment Matrix code'] === row['soc_code']);
      expect(match?.['Employment, 2024']).toBe(row['employment_base_thousands']);
      expect(match?.['Employment change, percent, 2024–34']).toBe(row['change_pct']);
      expect(match?.['Occupational openings, 2024–34 annual average']).toBe(row['openings_per_year_thousands']);
    }
  });
});
