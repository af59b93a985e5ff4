/**
 * Reads the publishers' downloads: BLS ships OEWS as a zip holding one workbook and Employment
 * Projections as a workbook, O*NET as zips of text files or workbooks. fflate unzips; a workbook
 * is a zip of XML, and only cell values are needed (no styles, formulas or dates). Plain Node
 * runs this (`npm run data:fetch`), so imports carry `.ts` extensions.
 */
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of every `<t>` inside a string item, rich-text runs joined. */
function itemText(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * The rows of one worksheet as text: shared and inline strings as written, numbers as the stored
 * value in its shortest decimal form (`23.8`, not `23.80`; what BLS's display formats add is not
 * data). Row gaps and cell gaps are kept as empty rows and cells.
 */
export function xlsxSheetRows(xlsx: Buffer, sheetName: string, file = 'xlsx'): string[][] {
  const entries = zipEntries(xlsx, file);
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? readZipEntry(xlsx, entry, file).toString('utf8') : undefined;
  };
  const workbook = text('xl/workbook.xml') ?? '';
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''), rid: /\br:id="([^"]*)"/.exec(m[0])?.[1] }));
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new DataError([`${file}:1: expected a sheet "${sheetName}", got ${sheets.map((s) => `"${s.name}"`).join(', ')}`]);
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${sheet.rid}"`));
  const path = /Target="([^"]*)"/.exec(target ?? '')?.[1] ?? '';
  const xml = text(path.startsWith('/') ? path.slice(1) : `xl/${path}`);
  if (xml === undefined) throw new DataError([`${file}:1: expected the worksheet of "${sheetName}" (${path}), got none`]);
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => itemText(m[1]!));

  const rows: string[][] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(/\br="(\d+)"/.exec(row[1]!)?.[1] ?? rows.length + 1);
    while (rows.length < number - 1) rows.push([]);
    const cells: string[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const index = columnIndex(/\br="([A-Z]+)\d*"/.exec(attributes)?.[1] ?? '') ;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
      const body = cell[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = itemText(body);
      else if (type === 'n' && v !== undefined) value = String(Number(v));
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined) value = unescapeXml(v);
      while (cells.length < (index >= 0 ? index : cells.length)) cells.push('');
      cells.push(value);
    }
    rows.push(cells);
  }
  return rows;
}
