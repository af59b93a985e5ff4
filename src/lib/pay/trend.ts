/** Median annual wage by May release for several occupations, as a table the pages render. */
import type { OewsRow } from '../data/oews';
import { occupationName } from '../data/pay';
import { formatWage, wageOf } from './wage';

/** The first release estimated by a different method than the one before it, and what to say about it. */
export interface MethodChange {
  year: number;
  note: string;
}

/**
 * Where a series of May releases changes method (May 2025: BLS's model-based estimates after
 * survey-based ones), so a trend can mark that year in its chart and table. Releases before it are
 * not revised, so the step between them mixes a change in pay with a change in method.
 */
export function methodChange(rows: readonly Pick<OewsRow, 'year' | 'method'>[]): MethodChange | undefined {
  const byYear = new Map(rows.map((r) => [r.year, r.method]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const year = years.find((y, i) => i > 0 && byYear.get(y) !== byYear.get(years[i - 1]!));
  if (year === undefined) return undefined;
  const model = byYear.get(year) === 'model';
  return {
    year,
    note: model
      ? `May ${year} estimates use BLS's new model-based method; compare with earlier years with care.`
      : `May ${year} estimates return to BLS's survey-based method; compare with earlier years with care.`,
  };
}

export interface TrendTable {
  years: number[];
  methodChange: MethodChange | undefined;
  rows: Array<{ soc: string; name: string; cells: Array<{ year: number; text: string; url: string | undefined }> }>;
}

export function medianTrend(oews: readonly OewsRow[], socs: readonly string[]): TrendTable {
  const years = [...new Set(oews.map((r) => r.year))].sort((a, b) => a - b);
  return {
    years,
    methodChange: methodChange(oews.filter((r) => socs.includes(r.soc_code))),
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
