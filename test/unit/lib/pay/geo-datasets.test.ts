import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../../src/lib/data';
import { geoDatasets, industryFile, stateMapFile, statePageFile } from '../../../../src/lib/pay/geo-datasets';

describe('geoDatasets', () => {
  const data = loadSiteData();
  const files = geoDatasets(data);
  const byName = new Map(files.map((f) => [f.file, f]));

  it('leaves the whole files to the data registry and offers only slices', () => {
    expect(byName.has('oews-state.csv')).toBe(false);
    expect(byName.has('oews-industry.csv')).toBe(false);
    expect([...byName.values()].every((d) => !d.source)).toBe(true);
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
