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
    expect(Object.keys(files).sort()).toEqual(['oews.csv', 'projections.csv', 'oews-state.csv', 'oews-industry.csv', ...Object.values(ONET_FILES)].sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(`data/${name}`, 'utf8'), `data/${name} differs from the import: run npm run data:import`).toBe(text);
  });

  it('copies each figure verbatim from the BLS row of that code and year', () => {
    const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const pairs = { employment: 'TOT_EMP', mean: 'A_MEAN', p10: 'A_PCT10', p25: 'A_PCT25', median: 'A_MEDIAN', p75: 'A_PCT75', p90: 'A_PCT90' };
    const rows = parse(files['oews.csv']!);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const source = parse(readFileSync(`${sources}/bls-oews/oews_national_M${row['year']}_selected.csv`, 'utf8')).concat(
        row['year'] === '2024' ? parse(readFileSync(`${sources}/bls-oews/oews_national_M2024_all.csv`, 'utf8')) : [],
      );
      const match = source.find((s) => s['OCC_CODE'] === row['soc_code']);
      expect(match, `${row['soc_code']} May ${row['year']}`).toBeDefined();
      for (const [ours, theirs] of Object.entries(pairs)) expect(row[ours], `${row['soc_code']} ${row['year']} ${ours}`).toBe(match![theirs]);
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

  it('copies each state and industry figure verbatim from its BLS row', () => {
    const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const state = parse(readFileSync(`${sources}/bls-oews-state/oews_state_M2024_selected.csv`, 'utf8'));
    const ours = parse(files['oews-state.csv']!);
    expect(ours).toHaveLength(state.length);
    const pairs = { employment: 'TOT_EMP', jobs_per_1000: 'JOBS_1000', location_quotient: 'LOC_QUOTIENT', mean: 'A_MEAN', p10: 'A_PCT10', median: 'A_MEDIAN', p90: 'A_PCT90' };
    for (const row of ours) {
      const match = state.find((s) => s['PRIM_STATE'] === row['state_code'] && s['OCC_CODE'] === row['soc_code']);
      for (const [column, theirs] of Object.entries(pairs)) expect(row[column], `${row['state_code']} ${row['soc_code']} ${column}`).toBe(match?.[theirs]);
    }
    const industry = ['natsector', 'nat3d'].flatMap((f) => parse(readFileSync(`${sources}/bls-oews-industry/oews_industry_${f}_m2024_selected.csv`, 'utf8')));
    const rows = parse(files['oews-industry.csv']!);
    expect(rows).toHaveLength(industry.length);
    rows.forEach((row, i) => expect([row['naics'], row['soc_code'], row['employment'], row['mean']]).toEqual([industry[i]!['NAICS'], industry[i]!['OCC_CODE'], industry[i]!['TOT_EMP'], industry[i]!['A_MEAN']]));
  });

  it('keeps the importer list simple: each importer names itself', () => {
    for (const importer of importers) expect(importer.name).toMatch(/\S/);
  });
});
