import { strToU8, zipSync } from 'fflate';

/** A zip of the given files, deflated or stored. */
export function makeZip(files: Record<string, string | Buffer>, method: 0 | 8 = 8): Buffer {
  const bytes = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : new Uint8Array(content)]));
  return Buffer.from(zipSync(bytes, { level: method === 8 ? 6 : 0 }));
}

/** A workbook with one sheet per entry of `sheets`, cells written as the given XML. */
export function makeXlsx(sheets: Record<string, string>, sharedStrings: readonly string[]): Buffer {
  const names = Object.keys(sheets);
  return makeZip({
    'xl/workbook.xml': `<workbook><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 7}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    'xl/sharedStrings.xml': `<sst>${sharedStrings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join('')}</sst>`,
    ...Object.fromEntries(names.map((n, i) => [`xl/worksheets/sheet${i + 1}.xml`, `<worksheet><sheetData>${sheets[n]}</sheetData></worksheet>`])),
  });
}
