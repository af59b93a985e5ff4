import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { defineDataFile, plainRow } from './define';
import { MEASURES, citationCells } from './pay';

export const EXPERIENCE_BASES = ['years-of-experience', 'years-holding-pmp', 'years-in-project-management'] as const;
export type ExperienceBasis = (typeof EXPERIENCE_BASES)[number];

export const EXPERIENCE_COLUMNS = [
  'id', 'series', 'basis', 'band', 'years_min', 'years_max', 'region', 'year', 'period', 'statistic', 'pay', 'measure',
  'role', 'pay_id', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

const experienceRow = z.object({
  id: cell.id(),
  series: cell.text(),
  basis: cell.oneOf(EXPERIENCE_BASES),
  band: cell.text(),
  years_min: cell.amount(),
  /** Empty for an open-ended band such as "20 years or more". */
  years_max: cell.optionalAmount(),
  region: cell.text(),
  year: cell.year(),
  period: cell.text(),
  statistic: cell.oneOf(['median', 'mean']),
  pay: cell.amount(),
  measure: cell.oneOf(MEASURES),
  role: cell.id().optional(),
  pay_id: cell.id().optional(),
  ...citationCells,
});

export type ExperienceRow = Located<z.output<typeof experienceRow>>;

function bandProblems(file: string, row: ExperienceRow): string[] {
  if (row.years_max === undefined || row.years_max > row.years_min) return [];
  return [`${file}:${row.line}: years_max: expected more than years_min (${row.years_min}), got ${row.years_max}`];
}

/** Within one series, bands must not overlap, or a reader could not tell which figure applies. */
function overlapProblems(file: string, rows: readonly ExperienceRow[]): string[] {
  const problems: string[] = [];
  const bySeries = new Map<string, ExperienceRow[]>();
  for (const row of rows) bySeries.set(row.series, [...(bySeries.get(row.series) ?? []), row]);
  for (const series of bySeries.values()) {
    const sorted = [...series].sort((a, b) => a.years_min - b.years_min);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (previous.years_max === undefined || current.years_min < previous.years_max) {
        problems.push(`${file}:${current.line}: years_min: expected at least ${previous.years_max ?? 'an upper bound'} (the end of line ${previous.line}'s band in the same series), got ${current.years_min}`);
      }
    }
  }
  return problems;
}

export const experienceFile = defineDataFile({
  describe: () => ({
    name: 'PMI salary survey by years holding the PMP',
    publisher: 'Project Management Institute (PMI)',
    release: 'Earning Power 14th edition (2025)',
    period: 'November 2025',
    licence: { name: "PMI's published figures, quoted with the source of each row", url: '' },
    url: '',
    about: 'Self-reported median pay of U.S. PMP holders by years holding the PMP, as reported by PM Global News.',
  }),
  download: (rows) => rows.map(plainRow),
  name: 'experience.csv',
  columns: EXPERIENCE_COLUMNS,
  row: experienceRow,
  unique: 'id',
  check: (rows, file) => [...rows.flatMap((row) => bandProblems(file, row)), ...overlapProblems(file, rows)],
});

export function parseExperience(text: string, file = 'data/experience.csv'): ExperienceRow[] {
  return experienceFile.parse(text, file);
}
