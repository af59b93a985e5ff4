/**
 * Where an occupation works and where it pays most, by industry (OEWS May 2024 national
 * industry-specific estimates). The source carries the mean annual wage only, so every comparison
 * here is of means and says so.
 */
import { formatCount, formatUsd } from '../charts/format';
import type { IndustryLevel, OewsIndustryRow } from '../data/oews-industry';

export interface IndustryPay {
  naics: string;
  industry: string;
  employment: number | undefined;
  mean: number | undefined;
  row: OewsIndustryRow;
}

export interface IndustryPayView {
  soc: string;
  level: IndustryLevel;
  /** Largest employment first. */
  byEmployment: IndustryPay[];
  /** Highest mean first, among industries employing at least `minEmployment`. */
  byMean: IndustryPay[];
  minEmployment: number;
}

/**
 * The site's threshold for "pays most": an industry must employ at least this many in the
 * occupation, so a mean over a few hundred jobs does not top a list read as typical.
 */
export const MIN_EMPLOYMENT_FOR_PAY = 1000;

function industryPay(row: OewsIndustryRow): IndustryPay {
  return {
    naics: row.naics,
    industry: row.industry,
    employment: row.employment === '**' ? undefined : row.employment,
    mean: row.mean === '*' ? undefined : row.mean,
    row,
  };
}

export function industryView(
  rows: readonly OewsIndustryRow[],
  soc: string,
  { level = '3-digit' as IndustryLevel, top = 5, minEmployment = MIN_EMPLOYMENT_FOR_PAY } = {},
): IndustryPayView {
  const all = rows.filter((r) => r.soc_code === soc && r.industry_level === level).map(industryPay);
  const byEmployment = all
    .filter((r) => r.employment !== undefined)
    .sort((a, b) => b.employment! - a.employment! || a.naics.localeCompare(b.naics))
    .slice(0, top);
  const byMean = all
    .filter((r) => r.mean !== undefined && r.employment !== undefined && r.employment >= minEmployment)
    .sort((a, b) => b.mean! - a.mean! || a.naics.localeCompare(b.naics))
    .slice(0, top);
  return { soc, level, byEmployment, byMean, minEmployment };
}

/** One industry's row for an occupation, e.g. 15-1299 in 519000. */
export function industryFor(rows: readonly OewsIndustryRow[], soc: string, naics: string): IndustryPay | undefined {
  const row = rows.find((r) => r.soc_code === soc && r.naics === naics);
  return row ? industryPay(row) : undefined;
}

/** A withheld industry cell in words, never 0. */
export const INDUSTRY_NOT_PUBLISHED = 'not published';

/** The columns an industry table can show, in words ready for a table cell. */
export type IndustryColumn = 'industry' | 'naics' | 'employment' | 'mean';

export function industryCells(r: IndustryPay): Record<IndustryColumn, string> {
  return {
    industry: r.industry,
    naics: r.naics,
    employment: r.employment === undefined ? INDUSTRY_NOT_PUBLISHED : formatCount(r.employment),
    mean: r.mean === undefined ? INDUSTRY_NOT_PUBLISHED : formatUsd(r.mean),
  };
}
