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
  // The whole files are offered by the data registry; these are the slices each page and map draws.
  const files: Dataset[] = [];
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
