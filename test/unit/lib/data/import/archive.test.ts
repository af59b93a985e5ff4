import { describe, expect, it } from 'vitest';
import { columnIndex, readZipEntry, selectEntry, xlsxSheetRows, zipEntries } from '../../../../../src/lib/data/import/archive';
import { makeXlsx, makeZip } from './zip-fixture';

describe('zip entries', () => {
  const zip = makeZip({ 'db_29_2_text/Task Statements.txt': 'a\tb\n1\t2\n', 'db_29_2_text/Read Me.txt': 'hello' });

  it('lists entries and reads deflated and stored ones back', () => {
    const entries = zipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['db_29_2_text/Task Statements.txt', 'db_29_2_text/Read Me.txt']);
    expect(readZipEntry(zip, entries[0]!).toString()).toBe('a\tb\n1\t2\n');
    const stored = makeZip({ x: 'plain' }, 0);
    expect(readZipEntry(stored, zipEntries(stored)[0]!).toString()).toBe('plain');
  });

  it('selects the one entry a pattern names, whatever folder the publisher put it in', () => {
    expect(selectEntry(zipEntries(zip), /(^|\/)Task Statements\.txt$/).name).toBe('db_29_2_text/Task Statements.txt');
    expect(() => selectEntry(zipEntries(zip), /Skills\.txt$/, 'db.zip')).toThrow('db.zip:1: expected one entry matching /Skills\\.txt$/, got none');
    expect(() => selectEntry(zipEntries(zip), /\.txt$/, 'db.zip')).toThrow(/got db_29_2_text\/Task Statements\.txt, db_29_2_text\/Read Me\.txt/);
  });

  it('refuses a file that is not a zip', () => {
    expect(() => zipEntries(Buffer.from('<html>not found</html>'), 'oesm24nat.zip')).toThrow('oesm24nat.zip:1: expected a zip archive, got no central directory');
    expect(() => xlsxSheetRows(Buffer.alloc(0), 'Table 1.2', 'occupation.xlsx')).toThrow('occupation.xlsx:1: expected a zip archive, got no central directory');
  });

  it('refuses an entry compressed some other way, or whose deflated data is damaged', () => {
    const other = makeZip({ 'x.txt': 'plain' }, 0);
    // Compression method 14 (LZMA) in the central directory entry.
    other.writeUInt16LE(14, other.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(zipEntries(other).map((e) => [e.name, e.compression])).toEqual([['x.txt', 14]]);
    expect(() => readZipEntry(other, zipEntries(other)[0]!, 'db.zip')).toThrow('db.zip:1: x.txt: expected a stored or deflated entry, got unknown compression type 14');
    const damaged = makeZip({ 'x.txt': 'some text to deflate' });
    // The first deflate block header of the entry's data (after its 30-byte local header and name) says block type 3, which does not exist.
    damaged[30 + 'x.txt'.length] = 0xff;
    expect(() => readZipEntry(damaged, zipEntries(damaged)[0]!, 'db.zip')).toThrow('db.zip:1: x.txt: expected deflated data, got invalid block type');
  });
});

describe('xlsxSheetRows', () => {
  const xlsx = makeXlsx(
    {
      Index: '<row r="1"><c r="A1" t="inlineStr"><is><t>Contents</t></is></c></row>',
      'Table 1.2': [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>',
        '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>23.800000000000001</v></c><c r="C3" t="str"><v>x &amp; y</v></c><c r="D3" t="b"><v>1</v></c></row>',
      ].join(''),
    },
    ['title', 'Employment, 2024', 'flag', 'Project management specialists &amp; co'],
  );

  it('reads shared, inline and formula strings, numbers in shortest form, and keeps gaps', () => {
    expect(xlsxSheetRows(xlsx, 'Table 1.2')).toEqual([['title', 'Employment, 2024', '', 'flag'], [], ['Project management specialists & co', '23.8', 'x & y', 'TRUE']]);
    expect(xlsxSheetRows(xlsx, 'Index')).toEqual([['Contents']]);
  });

  it('reads the first sheet when none is named', () => {
    expect(xlsxSheetRows(xlsx, undefined)).toEqual([['Contents']]);
    const empty = makeZip({ 'xl/workbook.xml': '<workbook><sheets></sheets></workbook>' });
    expect(() => xlsxSheetRows(empty, undefined, 'Skills.xlsx')).toThrow('Skills.xlsx:1: expected a workbook with a sheet, got none');
  });

  it('reads rich-text runs, kept spaces, character references, and numeric-looking text as text', () => {
    const rich = makeXlsx(
      {
        Sheet1: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
          '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t xml:space="preserve">line </t></r></is></c>',
          '<c r="B2" t="str"><v>0012</v></c><c r="C2"><v>1.5E-3</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2"/></row>',
        ].join(''),
      },
      ['<r><t>Rich </t></r><r><rPr><i/></rPr><t>text</t></r>', '<t xml:space="preserve">  indented</t>', '00-0000', 'caf&#xE9; &#8212; &lt;b&gt;'],
    );
    expect(xlsxSheetRows(rich, 'Sheet1')).toEqual([
      ['Rich text', '  indented', '00-0000', 'café — <b>'],
      ['inline ', '0012', '0.0015', 'FALSE', '#N/A', ''],
    ]);
  });

  it('reads namespace-prefixed XML and a sheet whose name holds an entity', () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const prefixed = makeZip({
      'xl/workbook.xml': `<x:workbook ${ns}><x:sheets><x:sheet name="A &amp; B" sheetId="1" r:id="rId9"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId9" Target="/xl/worksheets/data.xml"/></Relationships>',
      'xl/worksheets/data.xml': `<x:worksheet ${ns}><x:sheetData><x:row r="2"><x:c r="B2"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(xlsxSheetRows(prefixed, 'A & B')).toEqual([[], ['', '42']]);
    expect(xlsxSheetRows(prefixed, undefined)).toEqual([[], ['', '42']]);
  });

  it('names the sheets there are when one is missing, and the worksheet a sheet lacks', () => {
    expect(() => xlsxSheetRows(xlsx, 'Table 1.10', 'occupation.xlsx')).toThrow('occupation.xlsx:1: expected a sheet "Table 1.10", got "Index", "Table 1.2"');
    const lost = makeZip({
      'xl/workbook.xml': '<workbook><sheets><sheet name="Data" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    });
    expect(() => xlsxSheetRows(lost, 'Data', 'Skills.xlsx')).toThrow('Skills.xlsx:1: expected the worksheet of "Data" (worksheets/sheet1.xml), got none');
  });

  it('turns column letters into indexes', () => {
    expect([columnIndex('A1'), columnIndex('Z9'), columnIndex('AA10'), columnIndex('AF1404')]).toEqual([0, 25, 26, 31]);
  });
});
