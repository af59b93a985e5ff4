import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { LICENCES } from './licences';
import { defineDataFile, plainRow } from './define';
import { socCode } from './oews';

/**
 * data/crosswalk.csv: the BLS occupation (SOC code) and O*NET profile behind each role, and where
 * in that occupation's pay distribution the site places the role (its stated placement, an
 * editorial judgement shown as such, never as a measured figure).
 */
export const CROSSWALK_COLUMNS = ['role', 'soc_code', 'onet_code', 'onet_ratings_code', 'placement', 'why', 'covers', 'excludes'] as const;
/** Halves and quarters of a distribution, then its top tenth, where BLS stops publishing percentiles. */
export const PLACEMENTS = ['lower', 'middle', 'upper', 'top-quarter', 'top-tenth'] as const;
export type Placement = (typeof PLACEMENTS)[number];

const onetCode = () => z.string().regex(/^\d\d-\d{4}\.\d\d$/, 'expected an O*NET-SOC code such as 15-1299.09').optional();

const crosswalkRow = z
  .object({
    role: cell.id(),
    soc_code: socCode(),
    onet_code: onetCode(),
    onet_ratings_code: onetCode(),
    placement: cell.oneOf(PLACEMENTS),
    why: cell.text(),
    covers: cell.text(),
    excludes: cell.text(),
  })
  .superRefine((row, ctx) => {
    if (row.onet_code !== undefined && !row.onet_code.startsWith(row.soc_code)) {
      ctx.addIssue({ code: 'custom', path: ['onet_code'], message: `expected an O*NET code within SOC ${row.soc_code} (such as ${row.soc_code}.00)` });
    }
  });

export type CrosswalkRow = Located<z.output<typeof crosswalkRow>>;

export const crosswalkFile = defineDataFile({
  name: 'crosswalk.csv',
  columns: CROSSWALK_COLUMNS,
  row: crosswalkRow,
  unique: 'role',
  download: (rows) => rows.map(plainRow),
  describe: (data) => ({
    name: 'Role to occupation crosswalk',
    publisher: 'PM Pathways',
    release: 'maintained with the site',
    period: `applies to May ${data.oewsYear} figures`,
    licence: LICENCES.site,
    url: '',
    about:
      "For each role: the BLS occupation (SOC 2018 code) and O*NET-SOC profile behind it, why, what the occupation covers and excludes, and the site's placement of the role in its pay distribution.",
  }),
});

export interface CrosswalkCheckInput {
  roles: readonly { id: string; line: number }[];
  crosswalk: readonly CrosswalkRow[];
  oews: readonly { soc_code: string; year: number; median: unknown }[];
  projections: readonly { soc_code: string }[];
}

/**
 * Every role has exactly one crosswalk row; every crosswalked occupation has a median in the
 * newest OEWS release and a projection, so every role page can show pay and an outlook.
 */
export function crosswalkProblems(input: CrosswalkCheckInput, files: { roles: string; crosswalk: string }): string[] {
  const problems: string[] = [];
  const roleIds = new Set(input.roles.map((r) => r.id));
  const mapped = new Set(input.crosswalk.map((c) => c.role));
  for (const role of input.roles) {
    if (!mapped.has(role.id)) problems.push(`${files.crosswalk}:1: role: expected a row for every role in data/roles.csv, got none for "${role.id}" (data/roles.csv:${role.line})`);
  }
  const newest = Math.max(...input.oews.map((r) => r.year));
  const medians = new Map(input.oews.filter((r) => r.year === newest).map((r) => [r.soc_code, r.median]));
  const projected = new Set(input.projections.map((p) => p.soc_code));
  for (const row of input.crosswalk) {
    if (!roleIds.has(row.role)) problems.push(`${files.crosswalk}:${row.line}: role: expected a role id in data/roles.csv, got "${row.role}"`);
    const median = medians.get(row.soc_code);
    if (!medians.has(row.soc_code)) problems.push(`${files.crosswalk}:${row.line}: soc_code: expected an occupation in data/oews.csv for May ${newest}, got "${row.soc_code}"`);
    else if (typeof median !== 'number') problems.push(`${files.crosswalk}:${row.line}: soc_code: expected an occupation with a May ${newest} median wage in data/oews.csv, got "${row.soc_code}" (median ${String(median)})`);
    if (!projected.has(row.soc_code)) problems.push(`${files.crosswalk}:${row.line}: soc_code: expected an occupation in data/projections.csv, got "${row.soc_code}"`);
  }
  return problems;
}
