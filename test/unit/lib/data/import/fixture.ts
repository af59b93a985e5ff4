import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A few rows of each publisher's file, in its own format (see test/fixtures/sources/README.md). */
export const SOURCES = 'test/fixtures/sources';
/** The crosswalk the importers read beside the sources: the roles' occupations and O*NET profiles. */
export const DATA = 'test/fixtures/import-data';

/**
 * Rows of CSV text, read with papaparse directly rather than the project's reader, so the tests
 * compare the importers' output with the sources independently of the code under test.
 */
export function rowsOf(text: string, delimiter = ','): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, delimiter }).data;
}

export function sourceRows(path: string, delimiter = ','): Record<string, string>[] {
  return rowsOf(readFileSync(join(SOURCES, path), 'utf8'), delimiter);
}
