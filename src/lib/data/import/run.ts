/**
 * `npm run data:import [-- --sources DIR]`: regenerates data files from the publishers' files.
 * The sources folder is chosen here, at the entry point, and nowhere below: `--sources DIR` (or a
 * bare path), else PMP_SOURCES_DIR, else the first that exists of the data:fetch cache
 * (`.cache/sources`) and `../shared/sources`. Writes into data/ (or PMP_DATA_DIR).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importers } from './index.ts';
import { SOURCES_CACHE_DIR } from '../publishers.ts';

/** Where the sources are looked for when no folder is named, in order. */
export const DEFAULT_SOURCES_DIRS = [SOURCES_CACHE_DIR, '../shared/sources'] as const;

/** The sources folder a command line and environment name, or undefined when none is found. */
export function sourcesDirFrom(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, exists: (dir: string) => boolean = existsSync): string | undefined {
  const flag = argv.indexOf('--sources');
  const named = flag >= 0 ? argv[flag + 1] : argv.find((a) => !a.startsWith('-'));
  if (named !== undefined) return named;
  if (env['PMP_SOURCES_DIR']) return env['PMP_SOURCES_DIR'];
  return DEFAULT_SOURCES_DIRS.find((dir) => exists(dir));
}

/** Every importer's output, keyed by data file name; two importers may not write one file. */
export function importAll(sourcesDir: string, dataDir: string, list = importers): Record<string, string> {
  const files: Record<string, string> = {};
  const writer: Record<string, string> = {};
  for (const importer of list) {
    for (const [name, text] of Object.entries(importer.run(sourcesDir, dataDir))) {
      if (name in files) throw new Error(`${importer.name} and ${writer[name]} both write data/${name}`);
      files[name] = text;
      writer[name] = importer.name;
    }
  }
  return files;
}

function main(): void {
  const named = sourcesDirFrom(process.argv.slice(2), process.env);
  if (named === undefined || !existsSync(named)) {
    console.error(
      named === undefined
        ? `No sources folder: run npm run data:fetch (writes ${SOURCES_CACHE_DIR}), or name one with npm run data:import -- --sources DIR`
        : `No sources folder at ${resolve(named)}: run npm run data:fetch, or name one with npm run data:import -- --sources DIR`,
    );
    process.exit(1);
  }
  const sourcesDir = resolve(named);
  const dataDir = resolve(process.env['PMP_DATA_DIR'] ?? 'data');
  const files = importAll(sourcesDir, dataDir);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dataDir, name), text);
    console.log(`data/${name}: ${text.trimEnd().split('\n').length - 1} rows`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/import/run.ts')) main();
