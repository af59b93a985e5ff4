import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsOf } from './problems';
import { oewsIndustryFile } from '../../../../src/lib/data/oews-industry';
import { oewsStateFile } from '../../../../src/lib/data/oews-state';

const stateText = readFileSync('test/fixtures/data/base/oews-state.csv', 'utf8');
const industryText = readFileSync('test/fixtures/data/base/oews-industry.csv', 'utf8');

/** The fixture with one cell of its first data row (line 2) replaced. */
function withCell(text: string, column: string, value: string): string {
  const [header, first, ...rest] = Papa.parse<string[]>(text.trim()).data;
  first![header!.indexOf(column)] = value;
  return `${Papa.unparse([header!, first!, ...rest], { newline: '\n' })}\n`;
}

describe('data/oews-state.csv', () => {
  it('reads the good fixture with numbers as numbers', () => {
    const [all, pm] = oewsStateFile.parse(stateText);
    expect(all).toMatchObject({ state_code: 'TX', soc_code: '00-0000', location_quotient: 1, line: 2 });
    expect(pm).toMatchObject({ soc_code: '13-1082', median: 93880, location_quotient: 1.29, employment: 116240 });
  });

  it.each([
    ['state_code', 'XX', 'data/oews-state.csv:2: state_code: expected the postal code of a state, DC, PR, GU or VI (such as TX), got "XX"'],
    ['location_quotient', '-0.5', 'data/oews-state.csv:2: location_quotient: expected a number of 0 or more such as 1.29, got "-0.5"'],
    ['location_quotient', 'high', 'data/oews-state.csv:2: location_quotient: expected a number such as 1.29, or ** (no employment estimate), got "high"'],
    ['employment', '*', 'data/oews-state.csv:2: employment: expected a whole number such as 116240, or ** (no employment estimate), got "*"'],
    ['median', '**', 'data/oews-state.csv:2: median: expected a whole-dollar wage such as 93880, or a BLS marker (# at or above the cap, * no estimate), got "**"'],
    ['top_code', '#', 'data/oews-state.csv:2: top_code: expected a whole number such as 70400, got "#"'],
    ['region', 'Tejas', 'data/oews-state.csv:2: region: expected "Texas" (the area of TX), got "Tejas"'],
  ])('stops on a bad %s (%s), naming file, line and column', (column, value, problem) => {
    expect(problemsOf(() => oewsStateFile.parse(withCell(stateText, column, value)))).toEqual([problem]);
  });

  it('stops on the same area and occupation twice', () => {
    const lines = stateText.trimEnd().split('\n');
    expect(problemsOf(() => oewsStateFile.parse([...lines, lines[2], ''].join('\n')))).toEqual([
      'data/oews-state.csv:4: soc_code: expected one row per area, occupation and year, got 13-1082 for TX again (first on line 3)',
    ]);
  });
});

describe('data/oews-industry.csv', () => {
  it('reads the good fixture', () => {
    const rows = oewsIndustryFile.parse(industryText);
    expect(rows.map((r) => [r.naics, r.mean, r.employment])).toEqual([['519000', 210590, 3850], ['541000', 116260, 130160]]);
  });

  it.each([
    ['mean', '', 'data/oews-industry.csv:2: mean: expected a mean annual wage or * (no estimate), got nothing'],
    ['mean', '**', 'data/oews-industry.csv:2: mean: expected a whole-dollar mean annual wage such as 116260, or * (no wage estimate), got "**"'],
    ['employment', '*', 'data/oews-industry.csv:2: employment: expected a whole number such as 130160, or ** (no employment estimate), got "*"'],
    ['industry_level', 'sector', 'data/oews-industry.csv:2: naics: expected a two-digit sector code for a sector row, got "519000"'],
  ])('stops on a bad %s (%s), naming file, line and column', (column, value, problem) => {
    expect(problemsOf(() => oewsIndustryFile.parse(withCell(industryText, column, value)))).toEqual([problem]);
  });
});
