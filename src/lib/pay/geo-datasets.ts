/**
 * Downloads for the state and industry pages: the two whole data files, and the rows each map,
 * state page and industry table shows, as /data/<file>.csv (whole files also as JSON).
 */
import type { Dataset } from '../data/downloads';
import type { SiteData } from '../data/index';
import { OEWS_INDUSTRY_COLUMNS } from '../data/oews-industry';
import { OEWS_STATE_COLUMNS } from '../data/oews-state';
import { US_AREAS } from '../data/states';
import { industryView } from './industry';
import { statesForOccupation, stateOccupations } from './state';

type Cell = string | number | undefined;

function plain(row: object): Record<string, Cell> {
  const { line: _line, ...rest } = row as Record<string, unknown>;
  return rest as Record<string, Cell>;
}

export const stateMapFile = (soc: string) => `pay-by-state-${soc}.csv`;
export const statePageFile = (slug: string) => `pay-in-${slug}.csv`;
export const industryFile = (soc: string) => `pay-by-industry-${soc}.csv`;

export function geoDatasets(data: Pick<SiteData, 'oewsState' | 'oewsIndustry'>): Dataset[] {
  const files: Dataset[] = [
    {
      file: 'oews-state.csv',
      columns: OEWS_STATE_COLUMNS,
      rows: data.oewsState.map(plain),
      source: true,
      about:
        'BLS OEWS May 2024 by state: employment, jobs per 1,000, location quotient, mean and percentile annual wages for 54 areas (50 states, DC, Puerto Rico, Guam, Virgin Islands).',
    },
    {
      file: 'oews-industry.csv',
      columns: OEWS_INDUSTRY_COLUMNS,
      rows: data.oewsIndustry.map(plain),
      source: true,
      about:
        'BLS OEWS May 2024 national industry-specific estimates: employment and mean annual wage by NAICS sector and three-digit industry.',
    },
  ];
  for (const soc of stateOccupations(data.oewsState)) {
    files.push({
      file: stateMapFile(soc),
      columns: OEWS_STATE_COLUMNS,
      rows: statesForOccupation(data.oewsState, soc).map((s) => plain(s.row)),
    });
  }
  for (const area of US_AREAS) {
    const rows = data.oewsState.filter((r) => r.state_code === area.code);
    if (rows.length > 0) files.push({ file: statePageFile(area.slug), columns: OEWS_STATE_COLUMNS, rows: rows.map(plain) });
  }
  for (const soc of [...new Set(data.oewsIndustry.map((r) => r.soc_code))]) {
    const view = industryView(data.oewsIndustry, soc, { top: Infinity, minEmployment: 0 });
    files.push({ file: industryFile(soc), columns: OEWS_INDUSTRY_COLUMNS, rows: view.byEmployment.map((r) => plain(r.row)) });
  }
  return files;
}
