import { describe, expect, it } from 'vitest';
import { splitRepeatedColumns } from '../../../../src/lib/charts/table-columns';

const columns = [{ key: 'label' }, { key: 'pay' }, { key: 'source' }, { key: 'note' }];
const source = { text: 'BLS OEWS May 2024', href: 'https://www.bls.gov/oes/' };

describe('splitRepeatedColumns', () => {
  it('says a citation found on every row once, keeps what varies, and drops a column empty everywhere', () => {
    const rows = [
      { label: 'A', pay: 100, source, note: undefined },
      { label: 'B', pay: 120, source: { ...source }, note: undefined },
    ];
    const { varying, repeated } = splitRepeatedColumns(columns, rows);
    expect(varying.map((c) => c.key)).toEqual(['label', 'pay']);
    expect(repeated).toEqual([{ column: { key: 'source' }, value: source }]);
  });

  it('keeps a column whose link differs even when its text is the same', () => {
    const rows = [
      { label: 'A', pay: 1, source },
      { label: 'B', pay: 2, source: { text: source.text, href: 'https://www.bls.gov/other/' } },
    ];
    expect(splitRepeatedColumns(columns, rows).varying.map((c) => c.key)).toContain('source');
  });

  it('keeps the first column, and every column of a one-row table', () => {
    expect(splitRepeatedColumns(columns, [{ label: 'A' }, { label: 'A' }]).varying.map((c) => c.key)).toEqual(['label']);
    expect(splitRepeatedColumns(columns, [{ label: 'A', pay: 1, source }]).varying).toHaveLength(4);
  });
});
