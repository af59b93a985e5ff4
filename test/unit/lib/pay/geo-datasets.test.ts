import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../../src/lib/data';
import { geoDatasets, industryFile, stateMapFile, statePageFile } from '../../../../src/lib/pay/geo-datasets';

describe('geoDatasets', () => {
  const data = loadSiteData();
  const files = geoDatasets(data);
  const byName = new Map(files.map((f) => [f.file, f]));

  it('offers both whole files, with their rows and no line numbers', () => {
    expect(byName.get('oews-state.csv')).toMatchObject({ source: true });
    expect(byName.get('oews-state.csv')!.rows).toHaveLength(data.oewsState.length);
    expect(byName.get('oews-industry.csv')!.rows).toHaveLength(data.oewsIndustry.length);
    expect(Object.keys(byName.get('oews-state.csv')!.rows[0]!)).not.toContain('line');
  });

  it('gives each map its rows sorted by median, each state page its rows, each occupation its industries', () => {
    const map = byName.get(stateMapFile('13-1082'))!.rows;
    expect(map).toHaveLength(54);
    const medians = map.map((r) => r['median']).filter((m): m is number => typeof m === 'number');
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
    expect(byName.get(statePageFile('guam'))!.rows.length).toBe(data.oewsState.filter((r) => r.state_code === 'GU').length);
    const industries = byName.get(industryFile('15-1299'))!.rows;
    expect(industries[0]).toMatchObject({ naics: '541000' });
    expect(files.filter((f) => f.file.startsWith('pay-in-'))).toHaveLength(54);
  });
});
