import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
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

/**
 * Parses CSV text with papaparse and validates every row, collecting all problems rather than
 * stopping at the first, so one build run reports everything that needs fixing.
 */
export function parseCsv<S extends z.ZodType<Record<string, unknown>>>(text: string, spec: CsvSpec<S>): CsvResult<z.output<S>> {
  const { file, columns } = spec;
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { rows: [], problems: [`${file}:1: expected a header row (${columns.join(', ')}) and data rows, got an empty file`] };

  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy' });
  const problems: string[] = [];
  // papaparse reports rows by index; turn the index into the line a person sees in an editor.
  const lineOfRow: number[] = [];
  {
    let line = 1;
    let inQuotes = false;
    let rowStart = true;
    for (let i = 0; i < source.length; i++) {
      const ch = source[i];
      if (rowStart && ch !== '\n' && ch !== '\r') {
        lineOfRow.push(line);
        rowStart = false;
      }
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === '\n') {
        line++;
        if (!inQuotes) rowStart = true;
      }
    }
  }
  // skipEmptyLines drops whitespace-only lines, which the scan above counted as rows.
  const physicalLines = source.split(/\r?\n/);
  const nonBlankLines = lineOfRow.filter((line) => (physicalLines[line - 1] ?? '').trim() !== '');

  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const line = error.row === undefined ? 1 : (nonBlankLines[error.row] ?? error.row + 1);
    problems.push(`${file}:${line}: expected well-formed CSV, got ${error.message.toLowerCase()}`);
  }

  const [header = [], ...records] = parsed.data;
  const names = header.map((h) => h.trim());
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !columns.includes(n));
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (missing.length > 0) problems.push(`${file}:1: header: expected columns ${columns.join(', ')}; missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  if (unknown.length > 0) problems.push(`${file}:1: header: expected only ${columns.join(', ')}; got unknown column ${unknown.map((u) => `"${u}"`).join(', ')}`);
  if (duplicated.length > 0) problems.push(`${file}:1: header: expected each column once; got ${duplicated.map((d) => `"${d}"`).join(', ')} twice`);
  if (problems.length > 0) return { rows: [], problems };
  if (records.length === 0) return { rows: [], problems: [`${file}:2: expected at least one data row, got only a header`] };

  const rows: Located<z.output<S>>[] = [];
  records.forEach((record, index) => {
    const line = nonBlankLines[index + 1] ?? index + 2;
    if (record.length !== names.length) {
      problems.push(`${file}:${line}: expected ${names.length} fields (one per column), got ${record.length}`);
      return;
    }
    const raw: Record<string, string | undefined> = {};
    names.forEach((name, i) => {
      const cell = (record[i] ?? '').trim();
      raw[name] = cell === '' ? undefined : cell;
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
  });
  return { rows, problems };
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
