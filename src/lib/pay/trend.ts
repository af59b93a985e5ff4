/** Median annual wage by May release for several occupations, as a table the pages render. */
import type { OewsRow } from '../data/oews';
import { occupationName } from '../data/pay';
import { formatWage, wageOf } from './wage';

export interface TrendTable {
  years: number[];
  rows: Array<{ soc: string; name: string; cells: Array<{ year: number; text: string; url: string | undefined }> }>;
}

export function medianTrend(oews: readonly OewsRow[], socs: readonly string[]): TrendTable {
  const years = [...new Set(oews.map((r) => r.year))].sort((a, b) => a - b);
  return {
    years,
    rows: socs.flatMap((soc) => {
      const own = oews.filter((r) => r.soc_code === soc);
      if (own.length === 0) return [];
      const latest = own.reduce((a, b) => (b.year > a.year ? b : a));
      return [
        {
          soc,
          name: occupationName(latest.occupation),
          cells: years.map((year) => {
            const row = own.find((r) => r.year === year);
            return { year, text: row ? formatWage(wageOf(row, 'median')) : 'not in this release', url: row?.source_url };
          }),
        },
      ];
    }),
  };
}
