import { z } from 'astro/zod';
import { cell, duplicateKeyProblems, type Located } from './csv';
import { defineDataFile, plainRow } from './define';

export const CERTIFICATION_FACT_COLUMNS = [
  'id', 'certification', 'short_name', 'awarding_body', 'edition', 'stage', 'suits', 'prerequisites',
  'experience_months_degree', 'experience_months_secondary', 'education_hours', 'education_waived_by',
  'exam', 'renewal', 'cost', 'cost_read', 'source', 'source_url', 'read_at', 'source_kind', 'note',
] as const;

/** Career stages the comparison page groups certifications by, in reading order. */
export const CERTIFICATION_STAGES = ['first-role', 'practising', 'senior', 'technical'] as const;
export type CertificationStage = (typeof CERTIFICATION_STAGES)[number];

/**
 * How a row's facts were read: on the awarding body's own page, in a faithful copy of the body's
 * text elsewhere, in a third party's report of it, or not at all (every fact left empty).
 */
export const FACT_SOURCE_KINDS = ['awarding-body', 'awarding-body-copy', 'third-party-report', 'not-confirmed'] as const;

const factRow = z.object({
  id: cell.id(),
  certification: cell.text(),
  short_name: cell.text(),
  awarding_body: cell.text(),
  edition: cell.optionalText(),
  stage: cell.oneOf(CERTIFICATION_STAGES),
  suits: cell.text(),
  prerequisites: cell.optionalText(),
  experience_months_degree: cell.optionalCount(),
  experience_months_secondary: cell.optionalCount(),
  education_hours: cell.optionalCount(),
  education_waived_by: cell.id().optional(),
  exam: cell.optionalText(),
  renewal: cell.optionalText(),
  cost: cell.optionalText(),
  cost_read: z.iso.date({ error: 'expected the date the cost was read, such as 2026-11-25' }).optional(),
  source: cell.text(),
  source_url: cell.url(),
  read_at: cell.url().optional(),
  source_kind: cell.oneOf(FACT_SOURCE_KINDS),
  note: cell.optionalText(),
});

export type CertificationFact = Located<z.output<typeof factRow>>;

const FACT_COLUMNS = ['prerequisites', 'exam', 'renewal', 'cost'] as const;

/** The citation rules the issue sets for certification facts, one message per broken rule. */
export function citationProblems(file: string, row: CertificationFact): string[] {
  const at = `${file}:${row.line}`;
  const problems: string[] = [];
  const facts = FACT_COLUMNS.filter((c) => row[c] !== undefined);
  if (row.source_kind === 'not-confirmed') {
    for (const c of facts) problems.push(`${at}: ${c}: expected nothing for a row whose source_kind is not-confirmed, got "${row[c]}"`);
  } else if (row.read_at === undefined) {
    problems.push(`${at}: read_at: expected the URL where the facts were read, got nothing`);
  }
  if (row.source_kind === 'third-party-report' && !/as reported by/i.test(row.source)) {
    problems.push(`${at}: source: expected a third party's report to say "as reported by", got "${row.source}"`);
  }
  if (row.source_kind === 'awarding-body-copy' && !/as copied by/i.test(row.source)) {
    problems.push(`${at}: source: expected a copy of the body's text to say "as copied by", got "${row.source}"`);
  }
  // A fee only counts when the body itself states it, and then with the date it was read.
  if (row.cost !== undefined && row.source_kind !== 'awarding-body') {
    problems.push(`${at}: cost: expected a cost only from the awarding body's own page, got one from a ${row.source_kind} source`);
  }
  if ((row.cost === undefined) !== (row.cost_read === undefined)) {
    problems.push(`${at}: cost_read: expected a date read exactly when a cost is given, got ${row.cost_read ?? 'nothing'}`);
  }
  if (row.education_waived_by !== undefined && row.education_hours === undefined) {
    problems.push(`${at}: education_waived_by: expected education_hours to be given too, got nothing`);
  }
  return problems;
}

export const certificationFactsFile = defineDataFile({
  describe: () => ({
    name: 'Certification facts',
    publisher: 'The awarding bodies (PMI, PeopleCert, Scrum Alliance, CompTIA, Cisco)',
    release: "as published on each awarding body's pages",
    period: '',
    licence: { name: 'Facts quoted with the source of each row', url: '' },
    url: '',
    about: 'Eligibility, exam and renewal facts for each certification the guides discuss, each row with its source.',
  }),
  name: 'certification-facts.csv',
  columns: CERTIFICATION_FACT_COLUMNS,
  row: factRow,
  unique: 'id',
  check: (rows, file) => {
    const problems = duplicateKeyProblems(file, rows, 'short_name', (r) => r.short_name);
    const ids = new Set(rows.map((r) => r.id));
    for (const row of rows) {
      problems.push(...citationProblems(file, row));
      if (row.education_waived_by !== undefined && !ids.has(row.education_waived_by)) {
        problems.push(`${file}:${row.line}: education_waived_by: expected a certification id in this file, got "${row.education_waived_by}"`);
      }
    }
    return problems;
  },
  download: (rows) => rows.map(plainRow),
});

export function parseCertificationFacts(text: string, file = 'data/certification-facts.csv'): CertificationFact[] {
  return certificationFactsFile.parse(text, file);
}
