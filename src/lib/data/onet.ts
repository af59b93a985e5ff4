import { z } from 'astro/zod';
import { cell, duplicateKeyProblems, type Located } from './csv';
import { defineDataFile, type DataFile } from './define';

/**
 * The O*NET and OEWS files written by src/lib/data/import/onet.ts. Ratings must lie on O*NET's
 * scales (Importance 1-5, Level 0-7) and both scales must be present; anything else stops the
 * build naming the file, line and column.
 */
const rating = (scale: 'importance' | 'level') => {
  const [low, high, name] = scale === 'importance' ? [1, 5, 'an Importance (IM) rating'] : [0, 7, 'a Level (LV) rating'];
  return z
    .string({ error: `expected ${name} from ${low} to ${high} (the scale is missing)` })
    .regex(/^\d+(?:\.\d+)?$/, `expected ${name} from ${low} to ${high}`)
    .transform(Number)
    .pipe(z.number().min(low, `expected ${name} from ${low} to ${high}`).max(high, `expected ${name} from ${low} to ${high}`));
};
const onetCode = () => z.string({ error: 'expected an O*NET-SOC code' }).regex(/^\d\d-\d{4}\.\d\d$/, 'expected an O*NET-SOC code such as 15-1299.09');
const socCode = () => z.string({ error: 'expected a SOC code' }).regex(/^\d\d-\d{4}$/, 'expected a SOC code such as 13-1082');
const source = () => cell.id();
const month = () => z.string({ error: 'expected the month the data were collected' }).regex(/^(0[1-9]|1[0-2])\/(19|20)\d\d$/, 'expected a month such as 08/2023');
const yn = () => cell.oneOf(['Y', 'N']);

const schemas = {
  sources: z.object({ id: cell.id(), publisher: cell.text(), release: cell.text(), reference_period: cell.text(), region: cell.text(), statistic: cell.text(), source_url: cell.url() }),
  elements: z.object({ element_id: cell.text(), name: cell.text(), domain: cell.oneOf(['skill', 'knowledge']), description: cell.text(), source: source() }),
  occupations: z.object({ onet_code: onetCode(), title: cell.text(), source: source() }),
  ratings: z.object({ onet_code: onetCode(), element_id: cell.text(), importance: rating('importance'), level: rating('level'), date: month(), source: source() }),
  tasks: z.object({ onet_code: onetCode(), task_id: cell.text(), task: cell.text(), task_type: cell.optionalText(), date: month(), source: source() }),
  technology: z.object({ onet_code: onetCode(), example: cell.text(), commodity_title: cell.text(), hot_technology: yn(), in_demand: yn(), source: source() }),
  education: z.object({ onet_code: onetCode(), category: z.string().regex(/^(?:[1-9]|1[0-2])$/, 'expected an education category from 1 to 12').transform(Number), percent: cell.amount().pipe(z.number().max(100, 'expected a percent of 100 or less')), date: month(), source: source() }),
  related: z.object({ onet_code: onetCode(), related_code: onetCode(), tier: cell.oneOf(['Primary-Short', 'Primary-Long', 'Supplemental']), rank: cell.count(), source: source() }),
  // BLS markers are kept as published: `*` no estimate, `#` at or above the top-coding threshold.
  wages: z.object({ soc_code: socCode(), title: cell.text(), a_median: z.string({ error: 'expected a wage or a BLS marker' }).regex(/^(?:\d+|\*|\*\*|#)$/, 'expected a whole-dollar wage or a BLS marker (*, **, #)'), h_median: z.string().optional(), source: source() }),
};

type Rows<K extends keyof typeof schemas> = Located<z.output<(typeof schemas)[K]>>[];

export interface OnetData {
  sources: Rows<'sources'>;
  elements: Rows<'elements'>;
  occupations: Rows<'occupations'>;
  skills: Rows<'ratings'>;
  knowledge: Rows<'ratings'>;
  tasks: Rows<'tasks'>;
  technology: Rows<'technology'>;
  education: Rows<'education'>;
  related: Rows<'related'>;
  wages: Rows<'wages'>;
}
export type Rating = OnetData['skills'][number];
export type WageRow = OnetData['wages'][number];
export type SkillSource = OnetData['sources'][number];

export const ONET_FILES = {
  sources: 'skill-sources.csv',
  elements: 'onet-elements.csv',
  occupations: 'onet-occupations.csv',
  skills: 'onet-skills.csv',
  knowledge: 'onet-role-knowledge.csv',
  tasks: 'onet-role-tasks.csv',
  technology: 'onet-role-technology.csv',
  education: 'onet-role-education.csv',
  related: 'onet-related.csv',
  wages: 'oews-wages.csv',
} as const;

const SCHEMA_OF: Record<keyof typeof ONET_FILES, keyof typeof schemas> = {
  sources: 'sources', elements: 'elements', occupations: 'occupations', skills: 'ratings', knowledge: 'ratings',
  tasks: 'tasks', technology: 'technology', education: 'education', related: 'related', wages: 'wages',
};

/** One defineDataFile per file; the O*NET-wide references are checked after all have loaded. */
export const onetFiles = Object.fromEntries(
  (Object.keys(ONET_FILES) as (keyof typeof ONET_FILES)[]).map((key) => {
    const row = schemas[SCHEMA_OF[key]];
    return [key, defineDataFile({ name: ONET_FILES[key], columns: Object.keys(row.shape), row })];
  }),
) as unknown as { [K in keyof typeof ONET_FILES]: OnetFile<K> };

type OnetFile<K extends keyof OnetData> = Pick<DataFile<object>, 'name' | 'columns'> & { parse(text: string, file?: string): OnetData[K]; load(dataDir: string): OnetData[K] };

/** Cross-file references: sources, elements and occupations named in a row must exist. */
export function onetCrossCheck(data: OnetData, path: (name: string) => string): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const elementIds = new Set(data.elements.map((e) => e.element_id));
  const codes = new Set(data.occupations.map((o) => o.onet_code));
  for (const key of Object.keys(ONET_FILES) as (keyof typeof ONET_FILES)[]) {
    if (key === 'sources') continue;
    for (const row of data[key] as Array<{ line: number; source: string }>) {
      if (!sourceIds.has(row.source)) problems.push(`${path(ONET_FILES[key])}:${row.line}: source: expected an id in ${path(ONET_FILES.sources)}, got "${row.source}"`);
    }
  }
  for (const key of ['skills', 'knowledge'] as const) {
    for (const row of data[key]) {
      if (!elementIds.has(row.element_id)) problems.push(`${path(ONET_FILES[key])}:${row.line}: element_id: expected an id in ${path(ONET_FILES.elements)}, got "${row.element_id}"`);
      if (!codes.has(row.onet_code)) problems.push(`${path(ONET_FILES[key])}:${row.line}: onet_code: expected a code in ${path(ONET_FILES.occupations)}, got "${row.onet_code}"`);
    }
    problems.push(...duplicateKeyProblems(path(ONET_FILES[key]), data[key], 'onet_code+element_id', (r) => `${r.onet_code} ${r.element_id}`));
  }
  for (const row of data.related) {
    if (!codes.has(row.related_code)) problems.push(`${path(ONET_FILES.related)}:${row.line}: related_code: expected a code in ${path(ONET_FILES.occupations)}, got "${row.related_code}"`);
  }
  problems.push(...duplicateKeyProblems(path(ONET_FILES.wages), data.wages, 'soc_code', (r) => r.soc_code));
  return problems;
}

/** Every O*NET code a role names exists in the O*NET files, and its ratings code has ratings. */
export function onetCrosswalkProblems(crosswalk: readonly { onet_code?: string | undefined; onet_ratings_code?: string | undefined; line: number }[], onet: Pick<OnetData, 'occupations' | 'skills'>, file = 'data/crosswalk.csv'): string[] {
  const codes = new Set(onet.occupations.map((o) => o.onet_code));
  const rated = new Set(onet.skills.map((s) => s.onet_code));
  const problems: string[] = [];
  for (const row of crosswalk) {
    if (row.onet_code !== undefined && !codes.has(row.onet_code)) problems.push(`${file}:${row.line}: onet_code: expected a code in data/onet-occupations.csv, got "${row.onet_code}"`);
    if (row.onet_code !== undefined && row.onet_ratings_code === undefined) problems.push(`${file}:${row.line}: onet_ratings_code: expected the O*NET occupation the role's skill ratings come from, got nothing`);
    if (row.onet_ratings_code !== undefined && !rated.has(row.onet_ratings_code)) problems.push(`${file}:${row.line}: onet_ratings_code: expected an occupation with skill ratings in data/onet-skills.csv, got "${row.onet_ratings_code}"`);
  }
  return problems;
}
