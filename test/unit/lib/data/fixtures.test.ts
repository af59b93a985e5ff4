import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCertifications } from '../../../../src/lib/data/certifications';
import { problemsOf } from './problems';
import { parseExperience } from '../../../../src/lib/data/experience';
import { OEWS_COLUMNS, oewsFile } from '../../../../src/lib/data/oews';

const FIXTURES = 'test/fixtures/data';
const read = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');

const COLUMNS = OEWS_COLUMNS.join(', ');
const parseOews = (fixture: string) => oewsFile.parse(read(fixture), 'data/oews.csv');

describe('data loaders against fixture files', () => {
  it('reads a well-formed file with a BOM, CRLF line ends, quoted commas and blank trailing lines', () => {
    const text = `\uFEFF${read('base/oews.csv').trim().replace(/\n/g, '\r\n')}\r\n\r\n`;
    const [row] = oewsFile.parse(text);
    expect(row).toMatchObject({ soc_code: '13-1082', year: 2024, median: 100750, p90: 165790, line: 2 });
    expect(row?.statistic).toContain('mean and 10th, 25th');
    expect(parseCertifications(read('base/certifications.csv'))).toHaveLength(2);
    expect(parseExperience(read('base/experience.csv'))[2]).toMatchObject({ years_min: 20, years_max: undefined, line: 4 });
  });

  const cases: Array<[string, string[]]> = [
    ['oews-missing-column.csv', [`data/oews.csv:1: header: expected columns ${COLUMNS}; missing "note"`]],
    ['oews-unknown-column.csv', [`data/oews.csv:1: header: expected only ${COLUMNS}; got unknown column "bonus"`]],
    ['oews-empty.csv', [`data/oews.csv:1: expected a header row (${COLUMNS}) and data rows, got an empty file`]],
    ['oews-blank-lines-only.csv', [`data/oews.csv:1: expected a header row (${COLUMNS}) and data rows, got an empty file`]],
    ['oews-header-only.csv', ['data/oews.csv:2: expected at least one data row, got only a header']],
    ['oews-non-numeric.csv', ['data/oews.csv:2: median: expected a whole-dollar wage such as 100750, or a BLS marker (# at or above the cap, * no estimate), got "$100,750"']],
    ['oews-negative.csv', ['data/oews.csv:2: median: expected a whole-dollar wage such as 100750, or a BLS marker (# at or above the cap, * no estimate), got "-100750"']],
    ['oews-percentiles.csv', ['data/oews.csv:2: median: expected at least p25 (130000), got "100750"', 'data/oews.csv:2: p75: expected at least p25 (130000), got "110000"']],
    ['oews-duplicate.csv', ['data/oews.csv:4: soc_code: expected one row per occupation and year, got 13-1082 for 2024 again (first on line 2)']],
    ['oews-field-count.csv', [`data/oews.csv:2: expected ${OEWS_COLUMNS.length} fields (one per column), got ${OEWS_COLUMNS.length + 1}`]],
  ];
  it.each(cases)('%s reports exactly its problem', (fixture, expected) => {
    expect(problemsOf(() => parseOews(fixture))).toEqual(expected);
  });

  it('BLS markers: # * ** are kept as markers; an unknown marker, a number after #, a number at or above the cap and an empty cell are refused', () => {
    expect(problemsOf(() => parseOews('oews-markers.csv'))).toEqual([
      'data/oews.csv:3: p10: expected a whole-dollar wage such as 100750, or a BLS marker (# at or above the cap, * no estimate), got "~"',
      'data/oews.csv:4: median: expected at least p25 (#), got "100750"',
      'data/oews.csv:4: p75: expected at least p25 (#), got "131660"',
      'data/oews.csv:4: p90: expected at least p25 (#), got "165790"',
      "data/oews.csv:5: p90: expected a wage below the release's cap (239200; BLS writes # at or above it), got \"250000\"",
      'data/oews.csv:6: median: expected a wage, # or *, got nothing',
    ]);
    const text = read('oews-markers.csv').split('\n').slice(0, 2).join('\n');
    expect(oewsFile.parse(text)[0]).toMatchObject({ employment: '**', mean: '*', p90: '#', median: 100750 });
  });

  it('model-based releases: no cap, so a # is refused; a survey row needs its cap and a model row has none', () => {
    expect(problemsOf(() => parseOews('oews-model.csv'))).toEqual([
      'data/oews.csv:3: p90: expected a wage (May 2025 has no top-coding cap), got "#"',
      'data/oews.csv:4: top_code: expected no cap (model-based releases top-code nothing), got "239200"',
      "data/oews.csv:5: top_code: expected the release's top-coding wage (survey releases have one), got nothing",
    ]);
    const [row] = oewsFile.parse(read('oews-model.csv').split('\n').slice(0, 2).join('\n'));
    expect(row).toMatchObject({ method: 'model', top_code: undefined, p90: 167970 });
  });

  it('certifications: a premium that does not match its pair, an undocumented derivation and half a pair', () => {
    expect(problemsOf(() => parseCertifications(read('certifications-premium.csv')))).toEqual([
      'data/certifications.csv:2: premium_pct: expected 23.7 (from with_cert and without_cert), got 24',
      'data/certifications.csv:2: derived: expected how premium_pct was computed from with_cert and without_cert, got nothing',
      'data/certifications.csv:3: without_cert: expected both with_cert and without_cert or neither, got nothing',
    ]);
  });

  it('experience: overlapping bands in one series and a band that ends before it starts', () => {
    expect(problemsOf(() => parseExperience(read('experience-overlap.csv')))).toEqual([
      'data/experience.csv:4: years_max: expected more than years_min (9), got 4',
      "data/experience.csv:3: years_min: expected at least 5 (the end of line 2's band in the same series), got 3",
    ]);
  });
});
