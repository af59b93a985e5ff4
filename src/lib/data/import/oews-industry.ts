/**
 * BLS OEWS May 2024 national industry-specific estimates -> data/oews-industry.csv: one row per
 * industry (NAICS sectors and three-digit industries) and occupation. The source keeps only
 * employment and the mean annual wage, so no medians are carried. Markers kept (`*`, `**`).
 */
import type { Importer } from './index.ts';
import { cellReader, oewsSource, readSourceCsv, writeCsv, type SourceRow } from './csv-io.ts';

export const INDUSTRY_SOURCES = [
  'bls-oews-industry/oews_industry_natsector_m2024_selected.csv',
  'bls-oews-industry/oews_industry_nat3d_m2024_selected.csv',
] as const;
export const INDUSTRY_YEAR = 2024;

export const OEWS_INDUSTRY_COLUMNS = [
  'naics', 'industry', 'industry_level', 'ownership', 'soc_code', 'occupation', 'year', 'period', 'region', 'employment', 'mean',
  'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

/** BLS's index of national industry-specific estimates for a May release. */
export function industryUrl(year: number): string {
  return `https://www.bls.gov/oes/${year}/may/oessrci.htm`;
}

export function industryRow(source: SourceRow, path: string, year = INDUSTRY_YEAR): Record<string, string> {
  const get = cellReader(source, path);
  return {
    naics: get('NAICS'),
    industry: get('NAICS_TITLE'),
    industry_level: get('I_GROUP'),
    ownership: get('OWN_CODE'),
    soc_code: get('OCC_CODE'),
    occupation: get('OCC_TITLE'),
    year: String(year),
    period: `May ${year}`,
    region: 'United States',
    employment: get('TOT_EMP'),
    mean: get('A_MEAN'),
    statistic: 'employment and mean annual wage (BLS publishes percentiles by industry too; this extract holds only the mean)',
    release: `OEWS May ${year} national industry-specific estimates`,
    ...oewsSource(year),
    source_url: industryUrl(year),
    note: '',
  };
}

export const oewsIndustryImporter: Importer = {
  name: 'BLS OEWS by industry',
  run(sourcesDir) {
    const rows = INDUSTRY_SOURCES.flatMap((path) => readSourceCsv(sourcesDir, path).map((source) => industryRow(source, path)));
    return { 'oews-industry.csv': writeCsv(OEWS_INDUSTRY_COLUMNS, rows) };
  },
};
