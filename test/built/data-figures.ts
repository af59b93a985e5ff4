import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Rows of a data file as objects keyed by header, cells as written. */
export function dataRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The newest May OEWS release and the newest projections base year held in data/. */
export function newestReleases(): { oews: number; projections: number } {
  return {
    oews: Math.max(...dataRows('oews.csv').map((r) => Number(r['year']))),
    projections: Math.max(...dataRows('projections.csv').map((r) => Number(r['base_year']))),
  };
}

/**
 * Every number the data files hold, plus projections' thousands written out in full (BLS publishes
 * 78.2 thousand; pages write 78,200, an exact conversion).
 */
export function dataNumbers(): Set<number> {
  const values = new Set<number>();
  for (const file of ['oews.csv', 'projections.csv', 'certifications.csv', 'experience.csv', 'oews-state.csv', 'oews-industry.csv']) {
    for (const row of dataRows(file)) {
      for (const [column, cell] of Object.entries(row)) {
        for (const token of cell.match(/-?\d[\d,]*(?:\.\d+)?/g) ?? []) {
          const value = Number(token.replace(/,/g, ''));
          values.add(value);
          if (column.endsWith('_thousands')) values.add(Math.round(value * 1000));
        }
      }
    }
  }
  return values;
}
