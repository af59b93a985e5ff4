/**
 * Just enough of ZIP and XLSX to read the publishers' downloads: BLS ships OEWS as a zip holding
 * one workbook and Employment Projections as a workbook, O*NET as zips of text files or workbooks.
 * No dependency: a workbook is a zip of XML, and only cell values are needed (no styles, formulas
 * or dates). Plain Node runs this (`npm run data:fetch`), so imports carry `.ts` extensions.
 */
import { inflateRawSync } from 'node:zlib';
import { DataError } from '../csv.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  offset: number;
}

/** The entries of a zip file, read from its central directory. */
export function zipEntries(zip: Buffer, file = 'zip'): ZipEntry[] {
  // The end-of-central-directory record is the last 22 bytes plus an optional comment.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DataError([`${file}:1: expected a zip archive, got no central directory`]);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new DataError([`${file}:1: expected a central directory entry at byte ${at}, got something else`]);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated, the two methods publishers' zips use). */
export function readZipEntry(zip: Buffer, entry: ZipEntry, file = 'zip'): Buffer {
  const at = entry.offset;
  if (zip.readUInt32LE(at) !== 0x04034b50) throw new DataError([`${file}:1: ${entry.name}: expected a local file header, got something else`]);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new DataError([`${file}:1: ${entry.name}: expected a stored or deflated entry, got compression method ${entry.method}`]);
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
