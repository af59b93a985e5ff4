import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { defineDataFile, plainRow } from './define';
import { LICENCES } from './licences';
import { socCode } from './oews';
import type { EmploymentCell } from './oews-state';
import { citationCells } from './pay';

/**
 * data/oews-industry.csv: BLS OEWS May 2024 national industry-specific estimates (NAICS sectors and
 * three-digit industries), one row per industry, ownership mix and occupation, written by
 * `npm run data:import`. Employment and the mean annual wage only: the extract has no medians.
 */
export const OEWS_INDUSTRY_COLUMNS = [
  'naics', 'industry', 'industry_level', 'ownership', 'soc_code', 'occupation', 'year', 'period', 'region', 'employment', 'mean',
  'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

export const INDUSTRY_LEVELS = ['sector', '3-digit'] as const;
export type IndustryLevel = (typeof INDUSTRY_LEVELS)[number];

const industryRow = z
  .object({
    naics: z.string({ error: 'expected a NAICS code' }).regex(/^(\d\d(-\d\d)?|\d{6})$/, 'expected a NAICS sector such as 54 or 31-33, or a six-digit code such as 541000'),
    industry: cell.text(),
    industry_level: cell.oneOf(INDUSTRY_LEVELS),
    ownership: z.string({ error: 'expected a BLS ownership code' }).regex(/^\d+$/, 'expected a BLS ownership code such as 5 or 1235'),
    soc_code: socCode(),
    occupation: cell.text(),
    year: cell.year(),
    period: cell.text(),
    region: cell.text(),
    employment: z
      .string({ error: 'expected an employment count or **' })
      .regex(/^(\d+|\*\*)$/, 'expected a whole number such as 130160, or ** (no employment estimate)')
      .transform((v): EmploymentCell => (v === '**' ? v : Number(v))),
    mean: z
      .string({ error: 'expected a mean annual wage or * (no estimate)' })
      .regex(/^(\d+|\*)$/, 'expected a whole-dollar mean annual wage such as 116260, or * (no wage estimate)')
      .transform((v): number | '*' => (v === '*' ? v : Number(v))),
    statistic: cell.text(),
    release: cell.text(),
    ...citationCells,
  })
  .superRefine((row, ctx) => {
    if (row.period !== `May ${row.year}`) ctx.addIssue({ code: 'custom', path: ['period'], message: `expected "May ${row.year}" (OEWS estimates are for May)` });
    const sector = /^\d\d(-\d\d)?$/.test(row.naics);
    if (sector !== (row.industry_level === 'sector')) ctx.addIssue({ code: 'custom', path: ['naics'], message: `expected a ${row.industry_level === 'sector' ? 'two-digit sector code' : 'six-digit code'} for a ${row.industry_level} row` });
  });

export type OewsIndustryRow = Located<z.output<typeof industryRow>>;

export const oewsIndustryFile = defineDataFile({
  describe: () => ({
    name: 'Occupational Employment and Wage Statistics (OEWS), national industry-specific estimates',
    publisher: 'U.S. Bureau of Labor Statistics',
    release: 'May 2024 national industry-specific estimates',
    period: 'May 2024',
    licence: LICENCES.publicDomain,
    url: 'https://www.bls.gov/oes/2024/may/oessrci.htm',
    about: 'Employment and mean annual wage of the role occupations in each NAICS sector and three-digit industry (this file holds no medians).',
  }),
  download: (rows) => rows.map(plainRow),
  name: 'oews-industry.csv',
  columns: OEWS_INDUSTRY_COLUMNS,
  row: industryRow,
  check: (rows, file) => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    for (const row of rows) {
      const key = `${row.naics} ${row.ownership} ${row.soc_code} ${row.year}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${file}:${row.line}: soc_code: expected one row per industry, ownership, occupation and year, got ${row.soc_code} in ${row.naics} again (first on line ${first})`);
      else seen.set(key, row.line);
    }
    return problems;
  },
});
