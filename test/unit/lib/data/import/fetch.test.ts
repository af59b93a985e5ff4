import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadPath, extractTable, fetchPlan, oewsYears, sheetTable } from '../../../../../src/lib/data/import/fetch';
import { MODEL_BASED_YEARS, TOP_CODE_ANNUAL } from '../../../../../src/lib/data/import/oews';
import { PUBLISHER_FILES, SOURCES_CACHE_DIR } from '../../../../../src/lib/data/publishers';
import { makeXlsx, makeZip } from './zip-fixture';
import { SOURCES } from './fixture';

const plan = fetchPlan();
const EP_HEADER = ['2024 National Employment Matrix title', '2024 National Employment Matrix code'];

describe('fetchPlan', () => {
  it('downloads only from the addresses the site cites, each once', () => {
    const urls = plan.map((d) => d.url);
    expect(new Set(urls).size).toBe(urls.length);
    const known = [...oewsYears().map(PUBLISHER_FILES.oewsNational), PUBLISHER_FILES.oewsState(2024), PUBLISHER_FILES.oewsIndustry(2024), PUBLISHER_FILES.projections, PUBLISHER_FILES.onet290, PUBLISHER_FILES.onet292];
    expect(urls.sort()).toEqual(known.sort());
    expect(PUBLISHER_FILES.oewsNational(2024)).toBe('https://www.bls.gov/oes/special-requests/oesm24nat.zip');
  });

  it('fetches every OEWS release the importer knows (a top-coding wage or model-based), from May 2021', () => {
    expect(oewsYears()).toEqual([...Object.keys(TOP_CODE_ANNUAL).map(Number), ...MODEL_BASED_YEARS].filter((y) => y >= 2021));
  });

  it('writes every file the importers read, under the names they read (the fixtures have the same layout)', () => {
    const paths = plan.flatMap((d) => d.tables.map((t) => (typeof t.path === 'string' ? t.path : t.path(EP_HEADER))));
    const fixtures = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|txt)$/.test(f));
    // The fixtures hold a May 2020 file the importer skips, which is not fetched.
    expect(fixtures.filter((f) => !paths.includes(f) && !f.includes('M2020'))).toEqual([]);
    expect(paths).toContain('bls-ep/bls_ep_2024-34_table_1.10_selected.csv');
  });

  it('keeps downloads under the cache by their file names', () => {
    expect(downloadPath(SOURCES_CACHE_DIR, PUBLISHER_FILES.onet292)).toBe('.cache/sources/downloads/db_29_2_text.zip');
  });
});

describe('sheetTable', () => {
  it('starts at the header row and stops at the footnotes', () => {
    const rows = [['Table 1.2 title'], EP_HEADER, ['Total', '00-0000'], ['  Managers', '11-0000'], [], ['[1] A footnote.', ''], ['Source: BLS']];
    expect(sheetTable(rows, /National Employment Matrix code$/)).toEqual({ header: EP_HEADER, rows: [['Total', '00-0000'], ['  Managers', '11-0000']] });
    expect(() => sheetTable([['nothing']], /code$/, 'occupation.xlsx')).toThrow('occupation.xlsx:1: expected a header row with a cell matching /code$/, got none');
  });
});

describe('extractTable', () => {
  it('writes an Employment Projections sheet as CSV, named by the years in its header', () => {
    const xlsx = makeXlsx({ 'Table 1.2': `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c></row>` }, [
      'title',
      ...EP_HEADER,
      'Total, all occupations',
      '00-0000',
    ]);
    const spec = plan.find((d) => d.url === PUBLISHER_FILES.projections)!.tables[0]!;
    expect(extractTable(xlsx, spec, 'occupation.xlsx')).toEqual({
      path: 'bls-ep/bls_ep_2024-34_table_1.2_selected.csv',
      content: '2024 National Employment Matrix title,2024 National Employment Matrix code\n"Total, all occupations",00-0000\n',
    });
  });

  it("writes the first sheet of an O*NET workbook inside the zip when the spec names none", () => {
    const skills = makeXlsx(
      {
        Skills: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>3.75</v></c></row>',
        Other: '<row r="1"><c r="A1" t="s"><v>3</v></c></row>',
      },
      ['O*NET-SOC Code', 'Data Value', '15-1299.09', 'not this sheet'],
    );
    const zip = makeZip({ 'db_29_0_excel/Read Me.txt': 'hello', 'db_29_0_excel/Skills.xlsx': skills });
    const spec = plan.find((d) => d.url === PUBLISHER_FILES.onet290)!.tables.find((s) => s.path === 'onet/onet_29.0_skills_all_occupations.csv')!;
    expect(extractTable(zip, spec, 'db.zip')).toEqual({ path: 'onet/onet_29.0_skills_all_occupations.csv', content: 'O*NET-SOC Code,Data Value\n15-1299.09,3.75\n' });
  });

  it("turns O*NET's tab-separated text into CSV and keeps the Content Model Reference as published", () => {
    const zip = makeZip({ 'db_29_2_text/Related Occupations.txt': 'O*NET-SOC Code\tIndex\r\n15-1299.09\t1\r\n', 'db_29_2_text/Content Model Reference.txt': 'Element ID\tDescription\r\n2.A\tx, y\r\n' });
    const specs = plan.find((d) => d.url === PUBLISHER_FILES.onet292)!.tables;
    const related = specs.find((s) => s.path === 'onet/onet_29.2_related_occupations_selected.csv')!;
    expect(extractTable(zip, related, 'db.zip').content).toBe('O*NET-SOC Code,Index\n15-1299.09,1\n');
    const model = specs.find((s) => s.path === 'onet/original_29.2/Content Model Reference.txt')!;
    expect(extractTable(zip, model, 'db.zip').content.toString()).toBe('Element ID\tDescription\r\n2.A\tx, y\r\n');
  });
});
