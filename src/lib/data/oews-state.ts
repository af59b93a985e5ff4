import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { defineDataFile, plainRow } from './define';
import { LICENCES } from './licences';
import { PUBLISHER_PAGES } from './publishers';
import { employment, PERCENTILES, socCode, wage, type Percentile } from './oews';
import { citationCells } from './pay';
import { US_AREAS, US_AREA_CODES } from './states';

/**
 * data/oews-state.csv: BLS OEWS May 2024 estimates for the 50 states, DC, Puerto Rico, Guam and
 * the Virgin Islands, one row per area and occupation, written by `npm run data:import`. Markers
 * stay markers: `#` (at or above `top_code`), `*` (no wage estimate), `**` (no employment estimate,
 * and then no jobs per 1,000 or location quotient either).
 */
export const OEWS_STATE_COLUMNS = [
  'area_code', 'state_code', 'region', 'soc_code', 'occupation', 'year', 'period', 'employment', 'jobs_per_1000', 'location_quotient',
  'mean', 'p10', 'p25', 'median', 'p75', 'p90', 'top_code', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

export type EmploymentCell = number | '**';

const stateWage = () => wage('93880');
const employmentCount = () => employment('116240');

/** A ratio BLS publishes with decimals (jobs per 1,000, location quotient): 0 or more, or `**`. */
const ratio = (example: string) =>
  z
    .string({ error: `expected a number such as ${example} or **` })
    .regex(/^(-?\d+(\.\d+)?|\*\*)$/, `expected a number such as ${example}, or ** (no employment estimate)`)
    .transform((v): EmploymentCell => (v === '**' ? v : Number(v)))
    .refine((v) => v === '**' || v >= 0, `expected a number of 0 or more such as ${example}`);

const stateRow = z
  .object({
    area_code: z.string({ error: 'expected a two-digit FIPS code' }).regex(/^\d\d$/, 'expected a two-digit FIPS code such as 48'),
    state_code: z.enum(US_AREA_CODES as [string, ...string[]], { error: 'expected the postal code of a state, DC, PR, GU or VI (such as TX)' }),
    region: cell.text(),
    soc_code: socCode(),
    occupation: cell.text(),
    year: cell.year(),
    period: cell.text(),
    employment: employmentCount(),
    jobs_per_1000: ratio('7.92'),
    location_quotient: ratio('1.29'),
    mean: stateWage(),
    p10: stateWage(),
    p25: stateWage(),
    median: stateWage(),
    p75: stateWage(),
    p90: stateWage(),
    top_code: cell.count(),
    statistic: cell.text(),
    release: cell.text(),
    ...citationCells,
  })
  .superRefine((row, ctx) => {
    const area = US_AREAS.find((a) => a.code === row.state_code)!;
    if (row.area_code !== area.fips) ctx.addIssue({ code: 'custom', path: ['area_code'], message: `expected ${area.fips} (the FIPS code of ${area.code})` });
    if (row.region !== area.name) ctx.addIssue({ code: 'custom', path: ['region'], message: `expected "${area.name}" (the area of ${area.code})` });
    if (row.period !== `May ${row.year}`) ctx.addIssue({ code: 'custom', path: ['period'], message: `expected "May ${row.year}" (OEWS estimates are for May)` });
    let previous: { name: Percentile; value: number } | undefined;
    for (const name of PERCENTILES) {
      const raw = row[name];
      if (typeof raw === 'number' && raw >= row.top_code) ctx.addIssue({ code: 'custom', path: [name], message: `expected a wage below the release's cap (${row.top_code}; BLS writes # at or above it)` });
      const value = raw === '#' ? row.top_code : typeof raw === 'number' ? raw : undefined;
      if (value === undefined) continue;
      if (previous && value < previous.value) ctx.addIssue({ code: 'custom', path: [name], message: `expected at least ${previous.name} (${row[previous.name]})` });
      else previous = { name, value };
    }
  });

export type OewsStateRow = Located<z.output<typeof stateRow>>;

export const oewsStateFile = defineDataFile({
  describe: () => ({
    name: 'Occupational Employment and Wage Statistics (OEWS), state estimates',
    publisher: 'U.S. Bureau of Labor Statistics',
    release: 'May 2024 state estimates',
    period: 'May 2024',
    licence: LICENCES.publicDomain,
    url: PUBLISHER_PAGES.oews,
    about:
      'Employment, jobs per 1,000, location quotient, mean and the 10th to 90th percentile annual wages of the role occupations in the 50 states, the District of Columbia, Puerto Rico, Guam and the U.S. Virgin Islands.',
  }),
  download: (rows) => rows.map(plainRow),
  name: 'oews-state.csv',
  columns: OEWS_STATE_COLUMNS,
  row: stateRow,
  check: (rows, file) => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    for (const row of rows) {
      const key = `${row.state_code} ${row.soc_code} ${row.year}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${file}:${row.line}: soc_code: expected one row per area, occupation and year, got ${row.soc_code} for ${row.state_code} again (first on line ${first})`);
      else seen.set(key, row.line);
    }
    return problems;
  },
});
