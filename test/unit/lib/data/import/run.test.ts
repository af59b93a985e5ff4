import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importers } from '../../../../../src/lib/data/import/index';
import { DEFAULT_SOURCES_DIR, importAll } from '../../../../../src/lib/data/import/run';
import { ONET_FILES } from '../../../../../src/lib/data/onet';

const sources = process.env.PMP_SOURCES_DIR ?? DEFAULT_SOURCES_DIR;
const present = existsSync(sources);
if (!present) console.warn(`Skipping the import checks: no primary sources at ${sources} (set PMP_SOURCES_DIR to run them).`);

describe.skipIf(!present)('npm run data:import', () => {
  const files = present ? importAll(sources, 'data') : {};

  it('reproduces every data file it writes, byte for byte', () => {
    expect(Object.keys(files).sort()).toEqual(['oews.csv', 'projections.csv', ...Object.values(ONET_FILES)].sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(`data/${name}`, 'utf8'), `data/${name} differs from the import: run npm run data:import`).toBe(text);
  });

  it('copies each figure verbatim from the BLS row of that code and year', () => {
    const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const pairs = { employment: 'TOT_EMP', mean: 'A_MEAN', p10: 'A_PCT10', p25: 'A_PCT25', median: 'A_MEDIAN', p75: 'A_PCT75', p90: 'A_PCT90' };
    const rows = parse(files['oews.csv']!);
    expect(rows.length).toBeGreaterThan(0);
    const sourceOf = new Map<string, Record<string, string>[]>();
    const releaseRows = (year: string) => {
      const dir = Number(year) >= 2025 ? 'bls-oews-m2025' : 'bls-oews';
      const all = `${sources}/${dir}/oews_national_M${year}_all.csv`;
      const found =
        sourceOf.get(year) ??
        parse(readFileSync(`${sources}/${dir}/oews_national_M${year}_selected.csv`, 'utf8')).concat(existsSync(all) ? parse(readFileSync(all, 'utf8')) : []);
      sourceOf.set(year, found);
      return found;
    };
    for (const row of rows) {
      const source = releaseRows(row['year']!);
      const match = source.find((s) => s['OCC_CODE'] === row['soc_code']);
      expect(match, `${row['soc_code']} May ${row['year']}`).toBeDefined();
      for (const [ours, theirs] of Object.entries(pairs)) expect(row[ours], `${row['soc_code']} ${row['year']} ${ours}`).toBe(match![theirs]);
      expect(row['method'], `${row['soc_code']} ${row['year']} method`).toBe(Number(row['year']) >= 2025 ? 'model' : 'survey');
    }
    expect(new Set(rows.map((r) => r['year']))).toEqual(new Set(['2021', '2022', '2023', '2024', '2025']));
    const wages = parse(files['oews-wages.csv']!);
    const all2025 = parse(readFileSync(`${sources}/bls-oews-m2025/oews_national_M2025_all.csv`, 'utf8'));
    expect(wages.length).toBeGreaterThan(0);
    for (const row of wages) {
      const match = all2025.find((s) => s['OCC_CODE'] === row['soc_code'] && s['O_GROUP'] === 'detailed');
      expect(match?.['A_MEDIAN'], `oews-wages ${row['soc_code']}`).toBe(row['a_median']);
      expect(match?.['H_MEDIAN'], `oews-wages ${row['soc_code']}`).toBe(row['h_median']);
    }
    const projections = parse(files['projections.csv']!);
    const table = parse(readFileSync(`${sources}/bls-ep/bls_ep_2024-34_table_1.2_selected.csv`, 'utf8'));
    for (const row of projections) {
      const match = table.find((t) => t['2024 National Employment Matrix code'] === row['soc_code']);
      expect(match?.['Employment, 2024']).toBe(row['employment_base_thousands']);
      expect(match?.['Employment change, percent, 2024–34']).toBe(row['change_pct']);
      expect(match?.['Occupational openings, 2024–34 annual average']).toBe(row['openings_per_year_thousands']);
    }
  });

  it('keeps the importer list simple: each importer names itself', () => {
    for (const importer of importers) expect(importer.name).toMatch(/\S/);
  });
});
