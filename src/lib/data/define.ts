import type { z } from 'astro/zod';
import { DataError, duplicateKeyProblems, parseCsv, readDataFile, type Located } from './csv';
import type { SiteData } from './index';
import type { Licence } from './licences';

/**
 * Everything that makes one data file: its name, its columns, a zod row schema (per-row rules go
 * in the schema's superRefine, with the offending column as the path) and checks across
 * rows. Adding a file to the site is one call to defineDataFile.
 */
export interface DataFileSpec<S extends z.ZodType<Record<string, unknown>>> {
  /** The file's name inside data/, e.g. `crosswalk.csv`. */
  name: string;
  /** Exactly the columns the file must have, in any order. */
  columns: readonly string[];
  row: S;
  /** A column whose value must be unique, e.g. `id`; for compound keys use `check`. */
  unique?: string & keyof z.output<S>;
  /** Checks across rows; each problem is `file:line: column: expected …, got …`. */
  check?: (rows: readonly Located<z.output<S>>[], file: string) => string[];
  /**
   * Run `unique` and `check` only when every row parsed. For files whose checks read the rows as a
   * whole (the role graph), checks over a partial file would report gaps that are not there.
   */
  checkOnlyWhenRowsParse?: boolean;
  /**
   * The file as readers download it from /data/<name>.csv and .json: its rows back in the file's
   * columns, values as parsed (numbers as numbers). Without it the file is offered as it is on disk.
   */
  download?: (rows: readonly Located<z.output<S>>[]) => Record<string, DownloadCell>[];
  /** What the Data and sources page says about the file; files without it are listed by name only. */
  describe?: (data: SiteData) => DataFileDescription;
}

/** A data file as the Data and sources page and its Dataset JSON-LD describe it. */
export interface DataFileDescription {
  name: string;
  publisher: string;
  release: string;
  /** The reference period the figures describe. */
  period: string;
  licence: Licence;
  /** The publisher's page for the release, or '' for the site's own files. */
  url: string;
  about: string;
}

export type DownloadCell = string | number | undefined;

export interface DataFile<T> {
  name: string;
  columns: readonly string[];
  /** Parses and validates text; throws one DataError listing every problem, each once. */
  parse(text: string, file?: string): Located<T>[];
  /** Reads `<dataDir>/<name>` and parses it. */
  load(dataDir: string): Located<T>[];
  download?: (rows: readonly Located<T>[]) => Record<string, DownloadCell>[];
  describe?: (data: SiteData) => DataFileDescription;
}

export function defineDataFile<S extends z.ZodType<Record<string, unknown>>>(spec: DataFileSpec<S>): DataFile<z.output<S>> {
  type Row = Located<z.output<S>>;
  const parse = (text: string, file = `data/${spec.name}`): Row[] => {
    const { rows, problems } = parseCsv(text, { file, columns: spec.columns, row: spec.row });
    if (spec.checkOnlyWhenRowsParse && problems.length > 0) throw new DataError([...new Set(problems)]);
    if (spec.unique !== undefined) {
      const column = spec.unique;
      problems.push(...duplicateKeyProblems(file, rows, column, (r) => String((r as Record<string, unknown>)[column])));
    }
    if (spec.check) problems.push(...spec.check(rows, file));
    // One cause can surface through two rules (a schema and a check); a reader needs it once.
    const unique = [...new Set(problems)];
    if (unique.length > 0) throw new DataError(unique);
    return rows;
  };
  return {
    name: spec.name,
    columns: spec.columns,
    parse,
    load(dataDir: string) {
      const { file, text } = readDataFile(spec.name, dataDir);
      return parse(text, file);
    },
    ...(spec.download ? { download: spec.download } : {}),
    ...(spec.describe ? { describe: spec.describe } : {}),
  };
}

/** A parsed row as a download shows it: without its line number, lists joined by semicolons. */
export function plainRow(row: object): Record<string, DownloadCell> {
  const { line: _line, ...rest } = row as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : (v as DownloadCell)]));
}
