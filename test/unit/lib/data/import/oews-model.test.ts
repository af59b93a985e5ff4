import { describe, expect, it } from 'vitest';
import { MODEL_BASED_NOTE, oewsImporter, releaseMethod } from '../../../../../src/lib/data/import/oews';
import { oewsFile } from '../../../../../src/lib/data/oews';

// Small source folders in BLS's own layout and format (rows copied from the May 2024 and May 2025 files).
const FIXTURES = 'test/fixtures/oews-sources';
// The importers' fixture crosswalk, beside the variant source folders.
const NO_CROSSWALK = 'test/fixtures/import-data';

const run = (name: string) => oewsImporter.run(`${FIXTURES}/${name}`, NO_CROSSWALK)['oews.csv']!;

describe('OEWS importer: survey and model-based releases', () => {
  it('reads May 2025 from its own folder as a model-based release: no cap, the method and its note on every row', () => {
    const rows = oewsFile.parse(run('good'));
    const may2025 = rows.filter((r) => r.year === 2025);
    expect(may2025.map((r) => r.soc_code)).toEqual(['00-0000', '13-1082', '15-1299']);
    for (const row of may2025) {
      expect(row).toMatchObject({ method: 'model', top_code: undefined, note: MODEL_BASED_NOTE, period: 'May 2025' });
      expect(row.source_url).toMatch(/^https:\/\/www\.bls\.gov\/oes\/2025\/may\/oes/);
    }
    expect(may2025.find((r) => r.soc_code === '13-1082')).toMatchObject({ median: 102320, p90: 167970, employment: 1066670 });
    expect(may2025.find((r) => r.soc_code === '00-0000')?.source_url).toBe('https://www.bls.gov/oes/2025/may/oes_nat.htm');
  });

  it('keeps May 2024 a survey release with its $239,200 cap and its # markers', () => {
    const rows = oewsFile.parse(run('good')).filter((r) => r.year === 2024);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ method: 'survey', top_code: 239200 });
  });

  it('stops on a # in a May 2025 row, naming file, line and column', () => {
    expect(() => run('top-coded-2025')).toThrow(
      'bls-oews-m2025/oews_national_M2025_selected.csv:3: A_PCT90: expected a wage (May 2025 is model-based and top-codes nothing), got #',
    );
  });

  it('stops on a release it has not been taught, rather than guessing its method', () => {
    expect(() => run('unknown-year')).toThrow(/oews_national_M2026_selected\.csv:1: A_PCT90: expected the release's top-coding wage in TOP_CODE_ANNUAL or the year in MODEL_BASED_YEARS/);
    expect(releaseMethod(2024, 'x')).toEqual({ method: 'survey', cap: 239200 });
    expect(releaseMethod(2025, 'x')).toEqual({ method: 'model', cap: undefined });
  });
});
