/**
 * Reads the publishers' downloads: BLS ships OEWS as a zip holding one workbook and Employment
 * Projections as a workbook, O*NET as zips of text files or workbooks. fflate unzips and
 * fast-xml-parser reads a workbook's XML; only cell values are needed (no styles, formulas or
 * dates). Plain Node runs this (`npm run data:fetch`), so imports carry `.ts` extensions.
 */
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DataError } from '../csv.ts';

/** An entry of a zip's central directory: name, sizes and compression method. */
export type ZipEntry = UnzipFileInfo;

/** The entries that `keep` accepts, unzipped; fflate's errors become one line naming the file. */
function unzip(zip: Uint8Array, file: string, keep: (entry: ZipEntry) => boolean): Map<string, Buffer> {
  let current = '';
  try {
    const files = unzipSync(zip, { filter: (entry) => keep(entry) && ((current = entry.name), true) });
    return new Map(Object.entries(files).map(([name, bytes]) => [name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
  } catch (error) {
    const { code, message } = error as Error & { code?: number };
    if (code === 13) throw new DataError([`${file}:1: expected a zip archive, got no central directory`]);
    if (code === 14) throw new DataError([`${file}:1: ${current}: expected a stored or deflated entry, got ${message}`]);
    if (code !== undefined) throw new DataError([`${file}:1: ${current}: expected deflated data, got ${message}`]);
    throw error;
  }
}

/** The entries of a zip file, read from its central directory. */
export function zipEntries(zip: Uint8Array, file = 'zip'): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzip(zip, file, (entry) => (entries.push(entry), false));
  return entries;
}

/** The bytes of one entry (stored or deflated, the two methods publishers' zips use). */
export function readZipEntry(zip: Uint8Array, entry: ZipEntry, file = 'zip'): Buffer {
  return unzip(zip, file, (e) => e.name === entry.name).get(entry.name)!;
}

/** The one entry whose name matches, so a publisher's folder name inside the zip may change. */
export function selectEntry(entries: readonly ZipEntry[], pattern: RegExp, file = 'zip'): ZipEntry {
  const matches = entries.filter((e) => pattern.test(e.name));
  if (matches.length !== 1) {
    throw new DataError([`${file}:1: expected one entry matching ${pattern}, got ${matches.length === 0 ? 'none' : matches.map((m) => m.name).join(', ')}`]);
  }
  return matches[0]!;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Text as written: `<t xml:space="preserve">` parses to an object holding `#text`, an empty `<t/>` to "". */
type Text = string | { '#text'?: string };
/** A string item (`<si>`, or `<is>` of an inline string): plain text or rich-text runs. */
interface StringItem {
  t?: Text;
  r?: { t?: Text }[];
}
interface Cell {
  '@_r'?: string;
  '@_t'?: string;
  v?: Text;
  is?: StringItem;
}
interface Row {
  '@_r'?: string;
  c?: Cell[];
}

const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c']);
const parser = new XMLParser({
  ignoreAttributes: false,
  // `x:sheet`, `r:id`: the prefixes vary between the programs that write workbooks.
  removeNSPrefix: true,
  // Cells are read as written ("007" stays a string); numbers are shortened below.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Also what makes fast-xml-parser decode numeric references (`&#10;`); workbooks use no HTML names.
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
});

function text(node: Text | undefined): string {
  return typeof node === 'object' ? (node['#text'] ?? '') : (node ?? '');
}

/** The text of a string item, rich-text runs joined. */
function itemText(item: StringItem | undefined): string {
  return text(item?.t) + (item?.r ?? []).map((run) => text(run.t)).join('');
}

/**
 * The rows of one worksheet (the first when unnamed) as text: shared and inline strings as
 * written, numbers as the stored value in its shortest decimal form (`23.8`, not `23.80`; what
 * BLS's display formats add is not data). Row gaps and cell gaps are kept as empty rows and cells.
 */
export function xlsxSheetRows(xlsx: Uint8Array, sheetName: string | undefined, file = 'xlsx'): string[][] {
  const WORKBOOK = 'xl/workbook.xml';
  const RELS = 'xl/_rels/workbook.xml.rels';
  const SHARED = 'xl/sharedStrings.xml';
  const parts = unzip(xlsx, file, (e) => [WORKBOOK, RELS, SHARED].includes(e.name));
  const parse = (bytes: Buffer | undefined) => (bytes ? parser.parse(bytes.toString('utf8')) : {});

  const sheets: { '@_name'?: string; '@_id'?: string }[] = parse(parts.get(WORKBOOK)).workbook?.sheets?.sheet ?? [];
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s['@_name'] === sheetName);
  if (!sheet) {
    if (sheetName === undefined) throw new DataError([`${file}:1: expected a workbook with a sheet, got none`]);
    throw new DataError([`${file}:1: expected a sheet "${sheetName}", got ${sheets.map((s) => `"${s['@_name']}"`).join(', ')}`]);
  }
  const relationships: { '@_Id'?: string; '@_Target'?: string }[] = parse(parts.get(RELS)).Relationships?.Relationship ?? [];
  const target = relationships.find((r) => r['@_Id'] === sheet['@_id'])?.['@_Target'] ?? '';
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const worksheet = unzip(xlsx, file, (e) => e.name === path).get(path);
  if (worksheet === undefined) throw new DataError([`${file}:1: expected the worksheet of "${sheet['@_name']}" (${target}), got none`]);
  const shared = ((parse(parts.get(SHARED)).sst?.si ?? []) as StringItem[]).map(itemText);

  const rows: string[][] = [];
  // One row at a time: a whole state or industry sheet parsed at once holds hundreds of
  // thousands of cell objects (gigabytes); a row is a few dozen. Rows never nest, so the split
  // is safe, and every row still goes through the XML parser.
  for (const match of worksheet.toString('utf8').matchAll(/<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g)) {
    const row = (parser.parse(match[0]).row?.[0] ?? {}) as Row;
    const number = Number(row['@_r'] ?? rows.length + 1);
    while (rows.length < number - 1) rows.push([]);
    const cells: string[] = [];
    for (const cell of row.c ?? []) {
      const index = columnIndex(cell['@_r'] ?? '');
      const type = cell['@_t'] ?? 'n';
      const v = cell.v === undefined ? undefined : text(cell.v);
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = itemText(cell.is);
      else if (type === 'n' && v !== undefined) value = String(Number(v));
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined) value = v;
      while (cells.length < (index >= 0 ? index : cells.length)) cells.push('');
      cells.push(value);
    }
    rows.push(cells);
  }
  return rows;
}
