/**
 * `npm run data:import [sourcesDir]`: regenerates data files from the primary sources.
 * Default sources folder: ../shared/sources (or PMP_SOURCES_DIR). Writes into data/ (or PMP_DATA_DIR).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importers } from './index.ts';

export const DEFAULT_SOURCES_DIR = '../shared/sources';

/** Every importer's output, keyed by data file name; two importers may not write one file. */
export function importAll(sourcesDir: string, dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const writer: Record<string, string> = {};
  for (const importer of importers) {
    for (const [name, text] of Object.entries(importer.run(sourcesDir, dataDir))) {
      if (name in files) throw new Error(`${importer.name} and ${writer[name]} both write data/${name}`);
      files[name] = text;
      writer[name] = importer.name;
    }
  }
  return files;
}

function main(): void {
  const sourcesDir = resolve(process.argv[2] ?? process.env.PMP_SOURCES_DIR ?? DEFAULT_SOURCES_DIR);
  const dataDir = resolve(process.env.PMP_DATA_DIR ?? 'data');
  if (!existsSync(sourcesDir)) {
    console.error(`No sources folder at ${sourcesDir}: pass its path, e.g. npm run data:import -- ../shared/sources`);
    process.exit(1);
  }
  const files = importAll(sourcesDir, dataDir);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dataDir, name), text);
    console.log(`data/${name}: ${text.trimEnd().split('\n').length - 1} rows`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/import/run.ts')) main();
