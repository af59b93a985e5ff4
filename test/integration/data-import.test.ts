import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTable, fetchPlan } from '../../src/lib/data/import/fetch';
import { importAll, sourcesDirFrom } from '../../src/lib/data/import/run';
import { PUBLISHER_FILES } from '../../src/lib/data/publishers';

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
        // May 2025, the first model-based release, sits in a folder of its own.
        const dir = Number(year) >= 2025 ? 'bls-oews-m2025' : 'bls-oews';
        const all = `${dir}/oews_national_M${year}_all.csv`;
        byYear.set(year, [
          ...source(`${dir}/oews_national_M${year}_selected.csv`),
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
      expect(row['method'], `${row['soc_code']} ${row['year']} method`).toBe(Number(row['year']) >= 2025 ? 'model' : 'survey');
    }
    expect(new Set(rows.map((r) => r['year']))).toEqual(new Set(['2021', '2022', '2023', '2024', '2025']));
    const all2025 = source('bls-oews-m2025/oews_national_M2025_all.csv');
    const wages = parse(files['oews-wages.csv']!);
    expect(wages.length).toBeGreaterThan(0);
    for (const row of wages) {
      const match = all2025.find((s) => s['OCC_CODE'] === row['soc_code'] && s['O_GROUP'] === 'detailed');
      expect(match?.['A_MEDIAN'], `oews-wages ${row['soc_code']}`).toBe(row['a_median']);
      expect(match?.['H_MEDIAN'], `oews-wages ${row['soc_code']}`).toBe(row['h_median']);
    }
    const table = source('bls-ep/bls_ep_2024-34_table_1.2_selected.csv');
    for (const row of parse(files['projections.csv']!)) {
      const match = table.find((t) => t['2024 National Employment Matrix code'] === row['soc_code']);
      expect(match?.['Employment, 2024']).toBe(row['employment_base_thousands']);
      expect(match?.['Employment change, percent, 2024–34']).toBe(row['change_pct']);
      expect(match?.['Occupational openings, 2024–34 annual average']).toBe(row['openings_per_year_thousands']);
    }
  });

  it('copies each state and industry figure verbatim from its BLS row', () => {
    const state = source('bls-oews-state/oews_state_M2024_selected.csv');
    const ours = parse(files['oews-state.csv']!);
    expect(ours).toHaveLength(state.length);
    const pairs = { employment: 'TOT_EMP', jobs_per_1000: 'JOBS_1000', location_quotient: 'LOC_QUOTIENT', mean: 'A_MEAN', p10: 'A_PCT10', median: 'A_MEDIAN', p90: 'A_PCT90' };
    for (const row of ours) {
      const match = state.find((s) => s['PRIM_STATE'] === row['state_code'] && s['OCC_CODE'] === row['soc_code']);
      for (const [column, theirs] of Object.entries(pairs)) expect(row[column], `${row['state_code']} ${row['soc_code']} ${column}`).toBe(match?.[theirs]);
    }
    const industry = ['natsector', 'nat3d'].flatMap((f) => source(`bls-oews-industry/oews_industry_${f}_m2024_selected.csv`));
    const rows = parse(files['oews-industry.csv']!);
    expect(rows).toHaveLength(industry.length);
    rows.forEach((row, i) => expect([row['naics'], row['soc_code'], row['employment'], row['mean']]).toEqual([industry[i]!['NAICS'], industry[i]!['OCC_CODE'], industry[i]!['TOT_EMP'], industry[i]!['A_MEAN']]));
  });

  // The shared sources keep the publishers' workbooks the extracts were cut from: what data:fetch
  // makes of a workbook must hold the same rows, cell for cell.
  it.skipIf(!existsSync(`${sources}/bls-ep/source-copy/occupation.xlsx`))(
    'converts the BLS workbooks as data:fetch does, row for row as the extracts',
    () => {
      const plan = fetchPlan([2024]);
      const cells = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const check = (workbook: string, spec: Parameters<typeof extractTable>[1]) => {
        const { path, content } = extractTable(readFileSync(`${sources}/${workbook}`), { path: spec.path, format: spec.format }, workbook);
        const ours = cells(String(content));
        const extract = cells(readFileSync(`${sources}/${path}`, 'utf8'));
        expect(ours[0], path).toEqual(extract[0]);
        // The extracts are row subsets: every extract row is a row of the whole table.
        const rows = new Set(ours.map((r) => JSON.stringify(r)));
        expect(
          extract.filter((r) => !rows.has(JSON.stringify(r))),
          path,
        ).toEqual([]);
      };
      for (const spec of plan.find((d) => d.url === PUBLISHER_FILES.oewsNational(2024))!.tables)
        check('bls-oews/source-copies/national_M2024_dl.xlsx', spec);
      for (const spec of plan.find((d) => d.url === PUBLISHER_FILES.projections)!.tables) check('bls-ep/source-copy/occupation.xlsx', spec);
    },
  );
});
