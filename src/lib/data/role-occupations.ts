import { z } from 'astro/zod';
import { DataError, cell, parseCsv, readDataFile, type Located } from './csv';

/**
 * The O*NET codes each role reads from data/crosswalk.csv. The columns this module does not use
 * are accepted as text; the data layer's own crosswalk loader owns their meaning.
 */
const onetOrNone = () => z.string().regex(/^\d\d-\d{4}\.\d\d$/, 'expected an O*NET-SOC code such as 15-1299.09').optional();
const row = z.object({
  role: cell.id(),
  soc_code: z.string({ error: 'expected a SOC code' }).regex(/^\d\d-\d{4}$/, 'expected a SOC code such as 13-1082'),
  onet_code: onetOrNone(),
  onet_ratings_code: onetOrNone(),
  placement: cell.text(),
  why: cell.text(),
  covers: cell.text(),
  excludes: cell.text(),
});
export type RoleOccupation = Located<z.output<typeof row>>;

export function parseRoleOccupations(text: string, file: string): { rows: RoleOccupation[]; problems: string[] } {
  const result = parseCsv(text, { file, columns: Object.keys(row.shape), row });
  const problems = [...result.problems];
  for (const r of result.rows) {
    if ((r.onet_code === undefined) !== (r.onet_ratings_code === undefined)) problems.push(`${file}:${r.line}: onet_ratings_code: expected a code whenever onet_code has one (and none otherwise), got ${JSON.stringify(r.onet_ratings_code ?? '')}`);
  }
  return { rows: result.rows, problems };
}

export function loadRoleOccupations(dataDir?: string): RoleOccupation[] {
  const { file, text } = readDataFile('crosswalk.csv', dataDir);
  const { rows, problems } = parseRoleOccupations(text, file);
  if (problems.length > 0) throw new DataError(problems);
  return rows;
}
