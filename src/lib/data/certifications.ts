import { z } from 'astro/zod';
import { cell, type Located } from './csv';
import { defineDataFile, plainRow } from './define';
import { citationCells } from './pay';

export const CERTIFICATION_COLUMNS = [
  'id', 'certification', 'awarding_body', 'edition', 'region', 'year', 'period', 'statistic', 'with_cert', 'without_cert',
  'premium_pct', 'respondents', 'source', 'source_url', 'source_kind', 'derived', 'note',
] as const;

const certificationRow = z.object({
  id: cell.id(),
  certification: cell.text(),
  awarding_body: cell.text(),
  edition: cell.text(),
  region: cell.text(),
  year: cell.year(),
  period: cell.text(),
  statistic: cell.oneOf(['median', 'mean']),
  with_cert: cell.optionalAmount(),
  without_cert: cell.optionalAmount(),
  premium_pct: cell.signed(),
  respondents: cell.optionalCount(),
  ...citationCells,
});

export type CertificationRow = Located<z.output<typeof certificationRow>>;

/** The premium a with/without pair implies, in percent, to one decimal. */
export function premiumFromPair(withCert: number, withoutCert: number): number {
  return Math.round(((withCert - withoutCert) / withoutCert) * 1000) / 10;
}

/**
 * A premium computed from a with/without pair is our arithmetic, not the source's, so the row must
 * say so and the number must match the pair; a premium the source states itself needs no pair.
 */
function premiumProblems(file: string, row: CertificationRow): string[] {
  const { with_cert: withCert, without_cert: withoutCert } = row;
  if ((withCert === undefined) !== (withoutCert === undefined)) {
    const missing = withCert === undefined ? 'with_cert' : 'without_cert';
    return [`${file}:${row.line}: ${missing}: expected both with_cert and without_cert or neither, got nothing`];
  }
  if (withCert === undefined || withoutCert === undefined) return [];
  const problems: string[] = [];
  if (withoutCert === 0) return [`${file}:${row.line}: without_cert: expected a number above 0, got 0`];
  const expected = premiumFromPair(withCert, withoutCert);
  if (Math.abs(expected - row.premium_pct) > 0.05) {
    problems.push(`${file}:${row.line}: premium_pct: expected ${expected} (from with_cert and without_cert), got ${row.premium_pct}`);
  }
  if (!row.derived) problems.push(`${file}:${row.line}: derived: expected how premium_pct was computed from with_cert and without_cert, got nothing`);
  return problems;
}

export const certificationsFile = defineDataFile({
  describe: () => ({
    name: 'PMI Earning Power salary surveys: certification and pay',
    publisher: 'Project Management Institute (PMI)',
    release: 'Earning Power, 9th to 14th editions',
    period: '2015 to 2025',
    licence: { name: "PMI's published figures, quoted with the source of each row", url: '' },
    url: '',
    about:
      "Self-reported practitioner surveys: PMP holders' median pay against non-holders', as PMI reports it (or, where only a news report could be read, as reported by that outlet).",
  }),
  download: (rows) => rows.map(plainRow),
  name: 'certifications.csv',
  columns: CERTIFICATION_COLUMNS,
  row: certificationRow,
  unique: 'id',
  check: (rows, file) => rows.flatMap((row) => premiumProblems(file, row)),
});

export function parseCertifications(text: string, file = 'data/certifications.csv'): CertificationRow[] {
  return certificationsFile.parse(text, file);
}
