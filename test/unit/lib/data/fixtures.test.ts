import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCertifications } from '../../../../src/lib/data/certifications';
import { DataError } from '../../../../src/lib/data/csv';
import { parseExperience } from '../../../../src/lib/data/experience';
import { parseOutlook } from '../../../../src/lib/data/outlook';
import { parsePay } from '../../../../src/lib/data/pay';

const FIXTURES = 'test/fixtures/data';
const read = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');

function problemsOf(parse: () => unknown): readonly string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

const PAY_COLUMNS = 'id, label, region, currency, year, period, statistic, pay, p10, p25, p75, p90, measure, source, source_url, source_kind, derived, note';

describe('data loaders against fixture files', () => {
  it('reads a well-formed set with a BOM, CRLF line ends, quoted commas and quotes, and blank trailing lines', () => {
    const pay = parsePay(read('good/pay.csv'), 'data/pay.csv');
    expect(pay.map((r) => [r.id, r.line])).toEqual([['bls-x', 2], ['survey-y', 3], ['big-z', 4]]);
    expect(pay[0]?.label).toBe('Specialists, all industries');
    expect(pay[1]?.note).toBe('Says "hello", twice');
    expect(pay[1]).toMatchObject({ p10: 80000, p25: 100000, p75: 140000, p90: 170000 });
    expect(parseCertifications(read('good/certifications.csv'))).toHaveLength(2);
    expect(parseOutlook(read('good/outlook.csv'))[0]).toMatchObject({ employment: 781400, projected_employment: undefined, growth_pct: 7 });
    expect(parseExperience(read('good/experience.csv'))[2]).toMatchObject({ years_min: 20, years_max: undefined, line: 4 });
  });

  const cases: Array<[string, string[]]> = [
    ['pay-missing-column.csv', [`data/pay.csv:1: header: expected columns ${PAY_COLUMNS}; missing "note"`]],
    ['pay-unknown-column.csv', [`data/pay.csv:1: header: expected only ${PAY_COLUMNS}; got unknown column "bonus"`]],
    ['pay-empty.csv', [`data/pay.csv:1: expected a header row (${PAY_COLUMNS}) and data rows, got an empty file`]],
    ['pay-blank-lines-only.csv', [`data/pay.csv:1: expected a header row (${PAY_COLUMNS}) and data rows, got an empty file`]],
    ['pay-header-only.csv', ['data/pay.csv:2: expected at least one data row, got only a header']],
    ['pay-non-numeric.csv', ['data/pay.csv:2: pay: expected a plain number such as 94500, got "$94,500"']],
    ['pay-negative.csv', ['data/pay.csv:2: pay: expected a number of 0 or more, got "-94500"']],
    ['pay-percentiles.csv', ['data/pay.csv:2: pay: expected at least p25 (130000), got 120000', 'data/pay.csv:2: p75: expected at least pay (120000), got 110000']],
    ['pay-duplicate.csv', ['data/pay.csv:4: id: expected a unique id, got "bls-x" already used on line 2']],
    ['pay-field-count.csv', ['data/pay.csv:2: expected 18 fields (one per column), got 19']],
  ];
  it.each(cases)('%s reports exactly its problem', (fixture, expected) => {
    expect(problemsOf(() => parsePay(read(fixture), 'data/pay.csv'))).toEqual(expected);
  });

  it('certifications: a premium that does not match its pair, an undocumented derivation and half a pair', () => {
    expect(problemsOf(() => parseCertifications(read('certifications-premium.csv')))).toEqual([
      'data/certifications.csv:2: premium_pct: expected 23.7 (from with_cert and without_cert), got 24',
      'data/certifications.csv:2: derived: expected how premium_pct was computed from with_cert and without_cert, got nothing',
      'data/certifications.csv:3: without_cert: expected both with_cert and without_cert or neither, got nothing',
    ]);
  });

  it('outlook: a period that ends before it starts, a malformed SOC code, negative and non-numeric counts', () => {
    expect(problemsOf(() => parseOutlook(read('outlook-period.csv')))).toEqual([
      'data/outlook.csv:3: soc_code: expected a SOC code such as 13-1082, got "131082"',
      'data/outlook.csv:3: employment: expected a number of 0 or more, got "-5"',
      'data/outlook.csv:3: growth_pct: expected a plain number such as 7 or -2.5, got "seven"',
      'data/outlook.csv:2: end_year: expected a year after base_year (2031), got 2021',
    ]);
  });

  it('experience: overlapping bands in one series and a band that ends before it starts', () => {
    expect(problemsOf(() => parseExperience(read('experience-overlap.csv')))).toEqual([
      'data/experience.csv:4: years_max: expected more than years_min (9), got 4',
      "data/experience.csv:3: years_min: expected at least 5 (the end of line 2's band in the same series), got 3",
    ]);
  });
});
