import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

/** Every problem found in the data, each as `data/file.csv:line: column: expected …, got …`. */
export class DataError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The site's data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** A parsed row with the 1-based line it starts on, so later checks can name it. */
export type Located<T> = T & { readonly line: number };

export interface CsvSpec<S extends z.ZodType<Record<string, unknown>>> {
  /** The path shown in messages, e.g. `data/pay.csv`. */
  file: string;
  /** Exactly the columns the file must have, in any order. */
  columns: readonly string[];
  /** Validates one row, given each cell as a trimmed string or `undefined` when empty. */
  row: S;
}

export interface CsvResult<T> {
  rows: Located<T>[];
  problems: string[];
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** One record of a CSV file: its cells as written and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The one CSV reader, for the site's data files and the importers' source files alike: papaparse
 * reads the records, every record carries the line it starts on as an editor shows it (a quoted
 * cell may span lines; blank lines are skipped but counted), and malformed CSV comes back as
 * problems in the one message shape (`file:line: expected …, got …`).
 */
export function readCsvRecords(text: string, file: string, delimiter = ','): { header: string[]; records: CsvRecord[]; problems: string[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter });
  const lineOfRow: number[] = [];
  const rows: CsvRecord[] = [];
  let line = 1;
  parsed.data.forEach((cells, index) => {
    lineOfRow[index] = line;
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
    for (const cell of cells) if (cell.includes('\n')) line += cell.split('\n').length - 1;
    line++;
  });
  const problems: string[] = [];
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    problems.push(`${file}:${error.row === undefined ? 1 : (lineOfRow[error.row] ?? error.row + 1)}: expected well-formed CSV, got ${error.message.toLowerCase()}`);
  }
  const [header, ...records] = rows;
  return { header: (header?.cells ?? []).map((h) => h.trim()), records, problems };
}

/**
 * Parses CSV text and validates every row, collecting all problems rather than stopping at the
 * first, so one build run reports everything that needs fixing.
 */
export function parseCsv<S extends z.ZodType<Record<string, unknown>>>(text: string, spec: CsvSpec<S>): CsvResult<z.output<S>> {
  const { file, columns } = spec;
  if (text.replace(/^\uFEFF/, '').trim() === '') return { rows: [], problems: [`${file}:1: expected a header row (${columns.join(', ')}) and data rows, got an empty file`] };

  const { header: names, records, problems } = readCsvRecords(text, file);
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !columns.includes(n));
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (missing.length > 0) problems.push(`${file}:1: header: expected columns ${columns.join(', ')}; missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  if (unknown.length > 0) problems.push(`${file}:1: header: expected only ${columns.join(', ')}; got unknown column ${unknown.map((u) => `"${u}"`).join(', ')}`);
  if (duplicated.length > 0) problems.push(`${file}:1: header: expected each column once; got ${duplicated.map((d) => `"${d}"`).join(', ')} twice`);
  if (problems.length > 0) return { rows: [], problems };
  if (records.length === 0) return { rows: [], problems: [`${file}:2: expected at least one data row, got only a header`] };

  const rows: Located<z.output<S>>[] = [];
  for (const { line, cells } of records) {
    if (cells.length !== names.length) {
      problems.push(`${file}:${line}: expected ${names.length} fields (one per column), got ${cells.length}`);
      continue;
    }
    const raw: Record<string, string | undefined> = {};
    names.forEach((name, i) => {
      const value = (cells[i] ?? '').trim();
      raw[name] = value === '' ? undefined : value;
    });
    const result = spec.row.safeParse(raw);
    if (result.success) {
      rows.push({ ...result.data, line });
    } else {
      for (const issue of result.error.issues) {
        const column = issue.path.length > 0 ? String(issue.path[0]) : 'row';
        const got = column in raw ? describe(raw[column]) : 'the row as a whole';
        problems.push(`${file}:${line}: ${column}: ${issue.message}, got ${got}`);
      }
    }
  }
  return { rows, problems };
}

/** A publisher's file read as published: each row keyed by the file's own header, cells untouched. */
export interface SourceTable {
  /** The path shown in messages. */
  file: string;
  rows: Array<{ line: number; row: Record<string, string> }>;
}

/**
 * Reads a publisher's CSV (or, with `delimiter: '\t'`, tab-separated text) for an importer. Unlike
 * the site's files there is no schema: the publisher's layout is checked where a column is read
 * (`column`), and malformed text stops the import with a DataError.
 */
export function readSourceTable(dir: string, path: string, delimiter = ','): SourceTable {
  const file = join(dir, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError([`${file}:1: expected the file to exist and be readable, got ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  const { header, records, problems } = readCsvRecords(text, file, delimiter);
  if (problems.length > 0) throw new DataError(problems);
  return {
    file,
    rows: records.map(({ line, cells }) => ({ line, row: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) })),
  };
}

/** The rows of a publisher's CSV alone, for importers that name rows by their code rather than line. */
export function readSourceCsv(dir: string, path: string): Record<string, string>[] {
  return readSourceTable(dir, path).rows.map(({ row }) => row);
}

/** A column of a publisher's row, failing loudly (a DataError) if the publisher's layout changed. */
export function column(row: Record<string, string>, name: string, file: string, line = 1): string {
  const value = row[name];
  if (value === undefined) throw new DataError([`${file}:${line}: ${name}: expected the column, got columns ${Object.keys(row).join(', ')}`]);
  return value;
}

/** The one CSV writer: a header, then the rows; `\n` line ends and a final newline; cells as given. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' })}\n`;
}

/** The path messages use for a file of the data folder, e.g. `data/oews.csv`. */
export function dataPath(name: string, dataDir: string): string {
  return `${dataDir.replace(/\/$/, '')}/${name}`;
}

/** Reads `<dataDir>/<name>`; a relative folder is taken from the working directory (the project root). */
export function readDataFile(name: string, dataDir: string): { file: string; text: string } {
  const file = dataPath(name, dataDir);
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new DataError([`${file}:1: expected the file to exist and be readable, got ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
}

/** Cell validators: messages say what was expected; parseCsv adds the file, line, column and value. */
export const cell = {
  text: () => z.string({ error: 'expected a value' }),
  optionalText: () => z.string().optional(),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: `expected one of ${values.join(', ')}` }),
  id: () => z.string({ error: 'expected an id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "project-manager"'),
  /** A non-negative number, written plainly (no thousands separators or currency signs). */
  amount: () =>
    z
      .string({ error: 'expected a number' })
      .regex(/^-?\d+(?:\.\d+)?$/, 'expected a plain number such as 94500')
      .transform(Number)
      .pipe(z.number().min(0, 'expected a number of 0 or more')),
  optionalAmount: () => cell.amount().optional(),
  /** A whole number of 0 or more (head counts, openings), written plainly. */
  count: () =>
    z
      .string({ error: 'expected a whole number' })
      .regex(/^-?\d+$/, 'expected a whole number such as 70400')
      .transform(Number)
      .pipe(z.number().min(0, 'expected a number of 0 or more')),
  optionalCount: () => cell.count().optional(),
  /** A number that may be negative (a growth rate, a premium), written plainly. */
  signed: () =>
    z
      .string({ error: 'expected a number' })
      .regex(/^-?\d+(?:\.\d+)?$/, 'expected a plain number such as 7 or -2.5')
      .transform(Number),
  optionalSigned: () => cell.signed().optional(),
  year: () => z.string({ error: 'expected a year' }).regex(/^(19|20)\d\d$/, 'expected a four-digit year').transform(Number),
  /** Several values in one cell, separated by semicolons. */
  list: () =>
    z
      .string()
      .optional()
      .transform((value) => (value ? value.split(';').map((v) => v.trim()).filter(Boolean) : [])),
  url: () => z.url({ error: 'expected an absolute http(s) URL' }),
};

/** One problem per repeated key, naming the line that used it first. */
export function duplicateKeyProblems<T extends { line: number }>(file: string, rows: readonly T[], column: string, key: (row: T) => string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  for (const row of rows) {
    const value = key(row);
    const first = seen.get(value);
    if (first !== undefined) problems.push(`${file}:${row.line}: ${column}: expected a unique ${column}, got "${value}" already used on line ${first}`);
    else seen.set(value, row.line);
  }
  return problems;
}
