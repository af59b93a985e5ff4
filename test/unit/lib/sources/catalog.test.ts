import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../../src/lib/data/index';
import { catalog, datasetJsonLd, ONET_ATTRIBUTION } from '../../../../src/lib/sources/catalog';

describe('the data catalog', () => {
  const entries = catalog(loadSiteData());
  it('names every data file with its release and licence', () => {
    expect(entries.map((e) => e.file)).toEqual([
      'oews.csv',
      'projections.csv',
      'crosswalk.csv',
      'roles.csv',
      'certifications.csv',
      'certification-facts.csv',
      'certification-reports.csv',
      'experience.csv',
    ]);
    expect(entries[0]).toMatchObject({
      release: expect.stringMatching(/^May 2021 to May 2025/),
      licence: { name: expect.stringMatching(/Public domain/) },
    });
    expect(entries[1]!.release).toBe('2024-34 projections');
    expect(ONET_ATTRIBUTION).toMatch(/CC BY 4\.0/);
  });
  it('describes each as a schema.org Dataset with CSV and JSON downloads', () => {
    const ld = datasetJsonLd(entries, 'https://x.example/', (f) => `/data/${f}`);
    const graph = ld['@graph'] as Record<string, unknown>[];
    expect(graph).toHaveLength(entries.length);
    expect(graph[0]).toMatchObject({
      '@type': 'Dataset',
      distribution: [{ contentUrl: 'https://x.example/data/oews.csv' }, { contentUrl: 'https://x.example/data/oews.json' }],
    });
  });
});
