import { cell } from './csv';
import { SOURCE_KINDS, type Measure, type SourceKind } from './labels';
import type { OewsRow } from './oews';

export { MEASURE_LABELS, MEASURES, SOURCE_KIND_LABELS, SOURCE_KINDS, type Measure, type SourceKind } from './labels';

/** The cells that cite a row's figures: every data file of figures carries them, validated alike. */
export const citationCells = {
  source: cell.text(),
  source_url: cell.url(),
  source_kind: cell.oneOf(SOURCE_KINDS),
  derived: cell.optionalText(),
  note: cell.optionalText(),
};

/** The percentiles a pay row may carry beside its median. */
export const RANGE_PERCENTILES = ['p10', 'p25', 'p75', 'p90'] as const;
export type RangePercentile = (typeof RANGE_PERCENTILES)[number];

/**
 * One pay figure as charts, tables and the planner use it: here always a May OEWS row of an
 * occupation, viewed as its median with percentiles. A percentile BLS top-codes (`#`) is carried
 * at the cap and listed in `at_least`, so it is shown as "at least $239,200", never as a figure.
 */
export interface PayRow {
  id: string;
  soc_code: string;
  label: string;
  region: string;
  currency: 'USD';
  year: number;
  period: string;
  statistic: 'median' | 'mean';
  pay: number;
  p10: number | undefined;
  p25: number | undefined;
  p75: number | undefined;
  p90: number | undefined;
  at_least: RangePercentile[];
  measure: Measure;
  source: string;
  source_url: string;
  source_kind: SourceKind;
  derived: string | undefined;
  note: string | undefined;
  line: number;
}

export const PAY_COLUMNS = [
  'id', 'soc_code', 'label', 'region', 'currency', 'year', 'period', 'statistic', 'pay', 'p10', 'p25', 'p75', 'p90', 'at_least',
  'measure', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

/** The id of an occupation's pay row for one May release, e.g. `oews-13-1082-2025`. */
export function payId(soc: string, year: number): string {
  return `oews-${soc}-${year}`;
}

/** The occupation's name as BLS writes it in sentence case, e.g. "Project management specialists". */
export function occupationName(title: string): string {
  return title.charAt(0) + title.slice(1).replace(/\b(?!IT\b)[A-Z][a-z]/g, (w) => w.toLowerCase());
}

/**
 * Pay rows for the given occupations in one May release. A row needs a numeric median; a crosswalk
 * check stops the build if a crosswalked occupation lacks one, so none is silently dropped.
 */
export function payRowsFromOews(oews: readonly OewsRow[], socs: readonly string[], year: number): PayRow[] {
  return socs.flatMap((soc) => {
    const row = oews.find((r) => r.soc_code === soc && r.year === year);
    if (!row || typeof row.median !== 'number') return [];
    const atLeast = RANGE_PERCENTILES.filter((p) => row[p] === '#');
    const value = (p: RangePercentile) => (row[p] === '#' ? row.top_code : typeof row[p] === 'number' ? row[p] : undefined);
    return [{
      id: payId(soc, year),
      soc_code: soc,
      label: `${occupationName(row.occupation)} (SOC ${soc})`,
      region: row.region,
      currency: 'USD' as const,
      year,
      period: row.period,
      statistic: 'median' as const,
      pay: row.median,
      p10: value('p10'),
      p25: value('p25'),
      p75: value('p75'),
      p90: value('p90'),
      at_least: atLeast,
      measure: 'base-wage' as const,
      source: row.source,
      source_url: row.source_url,
      source_kind: row.source_kind,
      derived: undefined,
      note: atLeast.length > 0 && row.top_code !== undefined ? `BLS top-codes wages at $${row.top_code.toLocaleString('en-US')} a year: the ${atLeast.map((p) => `${p.slice(1)}th`).join(' and ')} percentile is at least that.` : undefined,
      line: row.line,
    }];
  });
}
