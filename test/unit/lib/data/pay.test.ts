import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { loadPay, parsePay } from '../../../../src/lib/data/pay';

const HEADER = 'id,label,region,currency,year,period,statistic,pay,p10,p25,p75,p90,measure,source,source_url,source_kind,derived,note';
const row = (over: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    id: 'x', label: 'X', region: 'United States', currency: 'USD', year: '2021', period: 'May 2021', statistic: 'median',
    pay: '94500', p10: '', p25: '', p75: '', p90: '', measure: 'base-wage', source: 'BLS', source_url: 'https://www.bls.gov/',
    source_kind: 'government', derived: '', note: '',
  };
  return HEADER.split(',').map((c) => over[c] ?? base[c]).join(',');
};
function problems(text: string): readonly string[] {
  try {
    parsePay(text, 'data/pay.csv');
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

describe('parsePay', () => {
  it('accepts a valid row with BOM, CRLF and trailing blank lines', () => {
    const rows = parsePay(`\uFEFF${HEADER}\r\n${row()}\r\n\r\n\r\n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'x', pay: 94500, year: 2021, line: 2, p10: undefined });
  });
  it('rejects negative and non-numeric pay naming file, line and column', () => {
    expect(problems(`${HEADER}\n${row({ pay: '-5' })}`)).toEqual(['data/pay.csv:2: pay: expected a number of 0 or more, got "-5"']);
    expect(problems(`${HEADER}\n${row({ pay: '"$94,500"' })}`)).toEqual(['data/pay.csv:2: pay: expected a plain number such as 94500, got "$94,500"']);
    expect(problems(`${HEADER}\n${row({ pay: '94,500' })}`)).toEqual(['data/pay.csv:2: expected 18 fields (one per column), got 19']);
    expect(problems(`${HEADER}\n${row({ pay: 'lots' })}`)).toEqual(['data/pay.csv:2: pay: expected a plain number such as 94500, got "lots"']);
  });
  it('rejects percentiles out of order', () => {
    expect(problems(`${HEADER}\n${row({ p25: '100000', p75: '90000' })}`)).toEqual([
      'data/pay.csv:2: pay: expected at least p25 (100000), got 94500',
      'data/pay.csv:2: p75: expected at least pay (94500), got 90000',
    ]);
  });
  it('rejects duplicate ids with both lines', () => {
    expect(problems(`${HEADER}\n${row()}\n${row()}`)).toEqual(['data/pay.csv:3: id: expected a unique id, got "x" already used on line 2']);
  });
  it('rejects missing and unknown columns and empty files', () => {
    expect(problems(HEADER.replace(',note', '') + ',extra\n' + row())[0]).toBe(
      `data/pay.csv:1: header: expected columns ${HEADER.split(',').join(', ')}; missing "note"`,
    );
    expect(problems('')).toEqual([expect.stringMatching(/^data\/pay\.csv:1: expected a header row .* got an empty file$/)]);
    expect(problems(`${HEADER}\n`)).toEqual(['data/pay.csv:2: expected at least one data row, got only a header']);
  });
  it('keeps quoted commas inside a field', () => {
    const rows = parsePay(`${HEADER}\n${row({ source: '"BLS, OOH"' })}`);
    expect(rows[0]?.source).toBe('BLS, OOH');
  });
  it('loads the real data/pay.csv', () => {
    const rows = loadPay();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.find((r) => r.id === 'bls-13-1082-2021')?.pay).toBe(94500);
  });
});
