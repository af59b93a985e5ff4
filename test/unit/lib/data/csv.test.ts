import { describe, expect, it } from 'vitest';
import { DataError, readCsvRecords, writeCsv } from '../../../../src/lib/data/csv';

describe('readCsvRecords', () => {
  it('gives each record the line it starts on, past quoted line breaks and blank lines', () => {
    const text = 'a,b\r\n1,"two\r\nlines"\r\n\r\n   \r\n3,4\r\n"5",6\r\n';
    const { header, records, problems } = readCsvRecords(text, 'x.csv');
    expect(problems).toEqual([]);
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([
      { line: 2, cells: ['1', 'two\r\nlines'] },
      { line: 6, cells: ['3', '4'] },
      { line: 7, cells: ['5', '6'] },
    ]);
  });

  it('treats a quote inside an unquoted cell as text, as papaparse does', () => {
    const { records } = readCsvRecords('a\tb\n5" disk\tx\ny\tz\n', 'x.txt', '\t');
    expect(records).toEqual([
      { line: 2, cells: ['5" disk', 'x'] },
      { line: 3, cells: ['y', 'z'] },
    ]);
  });

  it('reports malformed CSV at the line it happens, in the one message shape', () => {
    const { problems } = readCsvRecords('a,b\n1,2\n3,"open\n', 'x.csv');
    expect(problems).toEqual([expect.stringMatching(/^x\.csv:3: expected well-formed CSV, got /)]);
  });
});

describe('writeCsv', () => {
  it('writes a header, quotes what needs quoting, and ends with a newline', () => {
    expect(writeCsv(['a', 'b'], [{ a: '1', b: 'x, "y"' }, { a: '2' }])).toBe('a,b\n1,"x, ""y"""\n2,\n');
  });
  it('reads back what it wrote', () => {
    const rows = [{ a: 'one\ntwo', b: '#' }];
    const { records } = readCsvRecords(writeCsv(['a', 'b'], rows), 'x.csv');
    expect(records.map((r) => r.cells)).toEqual([['one\ntwo', '#']]);
  });
});

describe('DataError', () => {
  it('lists one problem a line', () => {
    expect(new DataError(['a.csv:2: x: expected 1, got 2', 'a.csv:3: y: expected 1, got 3']).message.split('\n').slice(1)).toEqual([
      '  a.csv:2: x: expected 1, got 2',
      '  a.csv:3: y: expected 1, got 3',
    ]);
  });
});
