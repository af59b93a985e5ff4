import { PUBLISHER_PAGES } from './publishers';
import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { LICENCES } from './licences';
import { defineDataFile, plainRow } from './define';
import { citationCells } from './pay';

/**
 * data/oews.csv: BLS OEWS national estimates, one row per occupation and May release, written by
 * `npm run data:import`. BLS markers stay markers: `#` (at or above the release's top-coding
 * wage, `top_code`), `*` (no wage estimate), `**` (no employment estimate). `method` says how BLS
 * estimated the release: `survey` releases top-code at a cap; `model` ones (May 2025 on) have no
 * cap, so their `top_code` is empty and a `#` in them is an error.
 */
export const OEWS_COLUMNS = [
  'soc_code', 'occupation', 'occupation_level', 'year', 'period', 'region', 'employment', 'mean', 'p10', 'p25', 'median', 'p75', 'p90',
  'top_code', 'method', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

export const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type Percentile = (typeof PERCENTILES)[number];
export type WageColumn = Percentile | 'mean';

export const OEWS_METHODS = ['survey', 'model'] as const;
export type OewsMethod = (typeof OEWS_METHODS)[number];

/** A wage cell as BLS publishes it: a whole-dollar figure, `#` (top-coded) or `*` (no estimate). */
export type WageCell = number | '#' | '*';

export const socCode = () => z.string({ error: 'expected a SOC code' }).regex(/^\d\d-\d{4}$/, 'expected a SOC code such as 13-1082');

/** A BLS wage cell: whole dollars, or a marker (`#` at or above the cap, `*` no estimate). Shared by every OEWS file. */
export const wage = (example = '100750') =>
  z
    .string({ error: 'expected a wage, # or *' })
    .regex(/^(\d+|#|\*)$/, `expected a whole-dollar wage such as ${example}, or a BLS marker (# at or above the cap, * no estimate)`)
    .transform((v): WageCell => (v === '#' || v === '*' ? v : Number(v)));

/** A BLS employment cell: a whole number, or `**` (no employment estimate). Shared by every OEWS file. */
export const employment = (example = '1006160') =>
  z
    .string({ error: 'expected an employment count or **' })
    .regex(/^(\d+|\*\*)$/, `expected a whole number such as ${example}, or ** (no employment estimate)`)
    .transform((v): number | '**' => (v === '**' ? v : Number(v)));

/** Where a cell sits in the wage order: `#` is at or above the cap, `*` has no place. */
function orderValue(value: WageCell, cap: number | undefined): number | undefined {
  if (value === '*') return undefined;
  return value === '#' ? cap : value;
}

const oewsRow = z
  .object({
    soc_code: socCode(),
    occupation: cell.text(),
    occupation_level: cell.oneOf(['total', 'major', 'minor', 'broad', 'detailed']),
    year: cell.year().pipe(z.number().min(1997, 'expected a year of OEWS estimates (1997 or later)').max(2100, 'expected a year of OEWS estimates')),
    period: cell.text(),
    region: cell.text(),
    employment: employment(),
    mean: wage(),
    p10: wage(),
    p25: wage(),
    median: wage(),
    p75: wage(),
    p90: wage(),
    top_code: cell.optionalCount(),
    method: cell.oneOf(OEWS_METHODS),
    statistic: cell.text(),
    release: cell.text(),
    ...citationCells,
  })
  .superRefine((row, ctx) => {
    if (row.method === 'survey' && row.top_code === undefined) {
      ctx.addIssue({ code: 'custom', path: ['top_code'], message: 'expected the release\'s top-coding wage (survey releases have one)' });
    }
    if (row.method === 'model' && row.top_code !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['top_code'], message: 'expected no cap (model-based releases top-code nothing)' });
    }
    if (row.top_code === undefined) {
      for (const name of [...PERCENTILES, 'mean'] as const) {
        if (row[name] === '#') ctx.addIssue({ code: 'custom', path: [name], message: `expected a wage (May ${row.year} has no top-coding cap)` });
      }
    }
    // Percentiles must rise; a `#` is at or above the cap, so nothing after it may be a number.
    let previous: { name: Percentile; value: number } | undefined;
    for (const name of PERCENTILES) {
      const raw = row[name];
      if (typeof raw === 'number' && row.top_code !== undefined && raw >= row.top_code) {
        ctx.addIssue({ code: 'custom', path: [name], message: `expected a wage below the release's cap (${row.top_code}; BLS writes # at or above it)` });
      }
      // A cell that failed its own check is reported there, not again here.
      if (typeof raw !== 'number' && raw !== '#' && raw !== '*') continue;
      const value = orderValue(raw, row.top_code);
      if (value === undefined) continue;
      // Each cell is compared with the highest percentile before it, so one bad cell is named once.
      if (previous && value < previous.value) {
        ctx.addIssue({ code: 'custom', path: [name], message: `expected at least ${previous.name} (${row[previous.name]})` });
      } else previous = { name, value };
    }
    if (row.period !== `May ${row.year}`) ctx.addIssue({ code: 'custom', path: ['period'], message: `expected "May ${row.year}" (OEWS estimates are for May)` });
  });

export type OewsRow = Located<z.output<typeof oewsRow>>;

export const oewsFile = defineDataFile({
  describe: (data) => {
    const years = [...new Set(data.oews.map((r) => r.year))].sort((a, b) => a - b);
    return {
      name: 'Occupational Employment and Wage Statistics (OEWS), national, cross-industry',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: `May ${years[0]} to May ${years[years.length - 1]} estimates`,
      period: years.map((y) => `May ${y}`).join(', '),
      licence: LICENCES.publicDomain,
      url: PUBLISHER_PAGES.oews,
      about:
        'Employment, mean wage and the 10th, 25th, 50th, 75th and 90th percentile annual wages of each occupation a role maps to, of related occupations, and of all occupations.',
    };
  },
  download: (rows) => rows.map(plainRow),
  name: 'oews.csv',
  columns: OEWS_COLUMNS,
  row: oewsRow,
  check: (rows, file) => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    for (const row of rows) {
      const key = `${row.soc_code} ${row.year}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${file}:${row.line}: soc_code: expected one row per occupation and year, got ${row.soc_code} for ${row.year} again (first on line ${first})`);
      else seen.set(key, row.line);
    }
    return problems;
  },
});

/** The newest May release in the file. */
export function newestOewsYear(rows: readonly Pick<OewsRow, 'year'>[]): number {
  return Math.max(...rows.map((r) => r.year));
}
