import { describe, expect, it } from 'vitest';
import { PROJECTIONS_COLUMNS, projectionsImporter } from '../../../../../src/lib/data/import/projections';
import { DATA, rowsOf, SOURCES, sourceRows } from './fixture';

const rows = rowsOf(projectionsImporter.run(SOURCES, DATA)['projections.csv']!);
const table12 = sourceRows('bls-ep/bls_ep_2024-34_table_1.2_selected.csv');

describe('Employment Projections importer on source fixtures', () => {
  it('keeps the wanted occupations in code order, with the columns the site reads', () => {
    expect(rows.map((r) => r['soc_code'])).toEqual(['00-0000', '13-1082', '15-1299']);
    expect(Object.keys(rows[0]!)).toEqual([...PROJECTIONS_COLUMNS]);
  });

  it('reads the projection years from the file name and copies thousands as BLS publishes them', () => {
    for (const row of rows) {
      const source = table12.find((t) => t['2024 National Employment Matrix code'] === row['soc_code'])!;
      expect([row['base_year'], row['end_year']]).toEqual(['2024', '2034']);
      expect(row['occupation']).toBe(source['2024 National Employment Matrix title']!.trim());
      expect(row['employment_base_thousands']).toBe(source['Employment, 2024']);
      expect(row['employment_end_thousands']).toBe(source['Employment, 2034']);
      expect(row['change_pct']).toBe(source['Employment change, percent, 2024–34']);
      expect(row['openings_per_year_thousands']).toBe(source['Occupational openings, 2024–34 annual average']);
      expect(row['entry_education']).toBe(source['Typical education needed for entry']);
    }
    // BLS's "not available" dash stays a marker.
    expect(rows.find((r) => r['soc_code'] === '00-0000')?.['entry_education']).toBe('—');
  });

  it('stops when the tables are missing', () => {
    expect(() => projectionsImporter.run('test/fixtures/import-data', DATA)).toThrow();
  });
});
