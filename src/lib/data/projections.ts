import { PUBLISHER_PAGES } from './publishers';
import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { LICENCES } from './licences';
import { defineDataFile, plainRow } from './define';
import { socCode } from './oews';
import { citationCells } from './pay';

/**
 * data/projections.csv: BLS Employment Projections (tables 1.2 and 1.10), one row per occupation,
 * written by `npm run data:import`. Employment, change and openings are in thousands, as BLS
 * publishes them; `—` (not available) stays a marker.
 */
export const PROJECTIONS_COLUMNS = [
  'soc_code', 'occupation', 'occupation_type', 'base_year', 'end_year', 'employment_base_thousands', 'employment_end_thousands',
  'change_thousands', 'change_pct', 'openings_per_year_thousands', 'self_employed_pct', 'entry_education', 'work_experience',
  'on_the_job_training', 'region', 'statistic', 'release', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

const thousands = () =>
  z.string({ error: 'expected a number of thousands' }).regex(/^\d+(\.\d+)?$/, 'expected a number of thousands such as 1046.3').transform(Number);
const signed = () => z.string({ error: 'expected a number' }).regex(/^-?\d+(\.\d+)?$/, 'expected a number such as 58.7 or -27').transform(Number);
/** BLS's category text, or `—` where the table gives none (summary rows). */
const category = () => z.string({ error: 'expected a BLS category or —' }).transform((v) => (v === '—' ? undefined : v));

const projectionRow = z
  .object({
    soc_code: socCode(),
    occupation: cell.text(),
    occupation_type: cell.oneOf(['Summary', 'Line item']),
    base_year: cell.year(),
    end_year: cell.year(),
    employment_base_thousands: thousands(),
    employment_end_thousands: thousands(),
    change_thousands: signed(),
    change_pct: signed(),
    openings_per_year_thousands: thousands(),
    self_employed_pct: thousands(),
    entry_education: category(),
    work_experience: category(),
    on_the_job_training: category(),
    region: cell.text(),
    statistic: cell.text(),
    release: cell.text(),
    ...citationCells,
  })
  .superRefine((row, ctx) => {
    if (row.end_year !== row.base_year + 10) ctx.addIssue({ code: 'custom', path: ['end_year'], message: `expected ${row.base_year + 10} (BLS projects ten years ahead of base_year)` });
    // BLS rounds each figure to 0.1 thousand, so the published change can differ from end - base by that rounding.
    const change = row.employment_end_thousands - row.employment_base_thousands;
    if (Math.abs(change - row.change_thousands) > 0.15) {
      ctx.addIssue({ code: 'custom', path: ['change_thousands'], message: `expected about ${change.toFixed(1)} (employment_end_thousands - employment_base_thousands)` });
    }
  });

export type ProjectionRow = Located<z.output<typeof projectionRow>>;

export const projectionsFile = defineDataFile({
  name: 'projections.csv',
  columns: PROJECTIONS_COLUMNS,
  row: projectionRow,
  unique: 'soc_code',
  download: (rows) => rows.map(plainRow),
  describe: (data) => {
    const ep = data.projections[0];
    return {
      name: 'Employment Projections, tables 1.2 and 1.10',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: ep ? `${decade(ep)} projections` : 'projections',
      period: ep ? `${ep.base_year} to ${ep.end_year}` : '',
      licence: LICENCES.publicDomain,
      url: PUBLISHER_PAGES.projections,
      about:
        'Employment in the base year and ten years on (in thousands, as BLS publishes it), change, openings a year, typical entry education, related work experience and on-the-job training.',
    };
  },
});

/** "2024-34", the way BLS writes a projection decade. */
export function decade(row: Pick<ProjectionRow, 'base_year' | 'end_year'>): string {
  return `${row.base_year}-${String(row.end_year).slice(2)}`;
}
