import { z } from 'astro/zod';
import { cell, duplicateKeyProblems, type Located } from './csv';
import { defineDataFile, plainRow } from './define';

export const CERTIFICATION_FACT_COLUMNS = [
  'id', 'certification', 'short_name', 'awarding_body', 'edition', 'stage', 'suits', 'recognised', 'prerequisites',
  'experience_months_degree', 'experience_months_secondary', 'experience_months_gac', 'experience_window_months',
  'education_hours', 'education_waived_by', 'exam', 'renewal', 'validity', 'cost', 'cost_read',
  'source', 'source_url', 'source_kind', 'read_at', 'also_read_at', 'note',
] as const;

/** Career stages the comparison page groups certifications by, in reading order. */
export const CERTIFICATION_STAGES = ['first-role', 'practising', 'senior', 'technical'] as const;
export type CertificationStage = (typeof CERTIFICATION_STAGES)[number];

/**
 * How a row's facts were read: on the awarding body's own page, in a faithful copy of the body's
 * text elsewhere, only in reports by others (each fact then needs two independent reports that
 * agree, in data/certification-reports.csv), or not at all (every fact left empty).
 */
export const FACT_SOURCE_KINDS = ['awarding-body', 'awarding-body-copy', 'reports', 'not-confirmed'] as const;
export type FactSourceKind = (typeof FACT_SOURCE_KINDS)[number];

/** The cells that state a fact about the certification (the rest describe or cite it). */
export const FACT_CELLS = ['prerequisites', 'exam', 'renewal', 'validity', 'cost'] as const;
export type FactCell = (typeof FACT_CELLS)[number];

/** The fact cells a report may support; a fee ships only from the awarding body's own page. */
export const REPORTABLE_CELLS = ['prerequisites', 'exam', 'renewal', 'validity'] as const;
export type ReportableCell = (typeof REPORTABLE_CELLS)[number];

const RULE_CELLS = [
  'experience_months_degree', 'experience_months_secondary', 'experience_months_gac', 'experience_window_months', 'education_hours',
] as const;

const factRow = z.object({
  id: cell.id(),
  certification: cell.text(),
  short_name: cell.text(),
  awarding_body: cell.text(),
  edition: cell.optionalText(),
  stage: cell.oneOf(CERTIFICATION_STAGES),
  suits: cell.text(),
  recognised: cell.text(),
  prerequisites: cell.optionalText(),
  experience_months_degree: cell.optionalCount(),
  experience_months_secondary: cell.optionalCount(),
  experience_months_gac: cell.optionalCount(),
  experience_window_months: cell.optionalCount(),
  education_hours: cell.optionalCount(),
  education_waived_by: cell.id().optional(),
  exam: cell.optionalText(),
  renewal: cell.optionalText(),
  validity: cell.optionalText(),
  cost: cell.optionalText(),
  cost_read: z.iso.date({ error: 'expected the date the cost was read, such as 2026-11-25' }).optional(),
  source: cell.text(),
  source_url: cell.url(),
  source_kind: cell.oneOf(FACT_SOURCE_KINDS),
  read_at: cell.url().optional(),
  /** A second page of the awarding body, for a fact the first page does not state (such as renewal). */
  also_read_at: cell.url().optional(),
  note: cell.optionalText(),
});

export type CertificationFact = Located<z.output<typeof factRow>>;

// Notes are about the certification; how the site read its sources belongs on the Data and sources page.
const NARRATION = /\b(we|our)\b|could not read|left empty|when we read|the page we read/i;

/** The citation rules for one row, one message per broken rule. */
export function citationProblems(file: string, row: CertificationFact): string[] {
  const at = `${file}:${row.line}`;
  const problems: string[] = [];
  const facts = FACT_CELLS.filter((c) => row[c] !== undefined);
  if (row.source_kind === 'not-confirmed') {
    for (const c of [...facts, ...RULE_CELLS.filter((c) => row[c] !== undefined)]) {
      problems.push(`${at}: ${c}: expected nothing for a row whose source_kind is not-confirmed, got "${row[c]}"`);
    }
  }
  if ((row.source_kind === 'awarding-body' || row.source_kind === 'awarding-body-copy') && row.read_at === undefined) {
    problems.push(`${at}: read_at: expected the URL where the facts were read, got nothing`);
  }
  if (row.source_kind === 'reports' || row.source_kind === 'not-confirmed') {
    for (const c of ['read_at', 'also_read_at'] as const) {
      if (row[c] !== undefined) problems.push(`${at}: ${c}: expected nothing for a row not read on the awarding body's pages, got "${row[c]}"`);
    }
  }
  if (row.source_kind === 'awarding-body-copy' && !/as copied by/i.test(row.source)) {
    problems.push(`${at}: source: expected a copy of the body's text to say "as copied by", got "${row.source}"`);
  }
  if (/as reported by/i.test(row.source)) {
    problems.push(`${at}: source: expected the awarding body's page (reports go in data/certification-reports.csv), got "${row.source}"`);
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
  // The structured rule restates the prerequisites cell, so it cannot stand without it.
  for (const c of RULE_CELLS) {
    if (row[c] !== undefined && row.prerequisites === undefined) {
      problems.push(`${at}: ${c}: expected the prerequisites cell to state the rule this number belongs to, got nothing`);
    }
  }
  if (row.note !== undefined && NARRATION.test(row.note)) {
    problems.push(`${at}: note: expected a note about the certification, not about how it was read, got "${row.note}"`);
  }
  return problems;
}

export const certificationFactsFile = defineDataFile({
  describe: () => ({
    name: 'Certification facts',
    publisher: 'The awarding bodies (PMI, PeopleCert, Scrum Alliance, Scrum.org, Scaled Agile, CompTIA, Cisco, Google)',
    release: "as published on each awarding body's pages, current as of December 2026",
    period: '',
    licence: { name: 'Facts quoted with the source of each row', url: '' },
    url: '',
    about:
      "Prerequisites, exam, renewal and validity for each certification the guides discuss. Each row names the awarding body's page; where a fact was not read on that page, it ships only when two independent published reports agree on it, and both are listed in certification-reports.csv.",
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

/* ---- Reports: who else states a fact, when the body's own page could not be the source ---- */

export const CERTIFICATION_REPORT_COLUMNS = ['certification', 'cell', 'reporter', 'title', 'url', 'published', 'says'] as const;

const reportRow = z.object({
  certification: cell.id(),
  cell: cell.oneOf(REPORTABLE_CELLS),
  reporter: cell.text(),
  title: cell.text(),
  url: cell.url(),
  /** When the report was published or last updated, as it says; empty when it gives no date. */
  published: cell.optionalText(),
  /** What the report states, in short, so the agreement can be checked. */
  says: cell.text(),
});

export const certificationReportsFile = defineDataFile({
  describe: () => ({
    name: 'Certification facts: published reports',
    publisher: 'Training providers, study sites and reference sites (named on each row)',
    release: 'as published; each row gives its date where the report states one',
    period: '',
    licence: { name: 'Facts quoted with the source of each row', url: '' },
    url: '',
    about:
      "The reports behind certification facts not read on the awarding body's own page: what each report says, so their agreement can be checked. A fact with fewer than two agreeing reports from different sites stops the build.",
  }),
  name: 'certification-reports.csv',
  columns: CERTIFICATION_REPORT_COLUMNS,
  row: reportRow,
  check: (rows, file) => duplicateKeyProblems(file, rows, 'url', (r) => `${r.certification} ${r.cell} ${r.url}`),
  download: (rows) => rows.map(plainRow),
});

export type CertificationReport = Located<z.output<typeof reportRow>>;

/** The host a report lives on, without "www.", so two pages of one site count as one reporter. */
export function reportHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The reports behind one cell of one certification, in file order. */
export function reportsFor(reports: readonly CertificationReport[], certification: string, factCell: ReportableCell): CertificationReport[] {
  return reports.filter((r) => r.certification === certification && r.cell === factCell);
}

/**
 * The rule for facts that rest on reports: every fact of a row read only in reports, and every cell
 * a report is filed against, needs at least two reports from different sites. One report, however
 * good, is one party's word; a reported cell must also exist, and a report must name a real row.
 */
export function reportProblems(
  facts: readonly CertificationFact[],
  reports: readonly CertificationReport[],
  files = { facts: 'data/certification-facts.csv', reports: 'data/certification-reports.csv' },
): string[] {
  const problems: string[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const report of reports) {
    const fact = byId.get(report.certification);
    if (!fact) {
      problems.push(`${files.reports}:${report.line}: certification: expected an id in ${files.facts}, got "${report.certification}"`);
    } else if (fact[report.cell] === undefined) {
      problems.push(`${files.reports}:${report.line}: cell: expected a ${report.cell} cell with text on ${files.facts}:${fact.line}, got an empty cell`);
    } else if (fact.source_kind === 'not-confirmed') {
      problems.push(`${files.reports}:${report.line}: certification: expected a row that states facts, got "${fact.id}", which is not-confirmed`);
    }
  }
  for (const fact of facts) {
    for (const factCell of REPORTABLE_CELLS) {
      if (fact[factCell] === undefined) continue;
      const found = reportsFor(reports, fact.id, factCell);
      const needed = fact.source_kind === 'reports' || found.length > 0;
      if (!needed) continue;
      const hosts = new Set(found.map((r) => reportHost(r.url)));
      if (hosts.size < 2) {
        const got = found.length === 0 ? 'none' : [...hosts].join(', ');
        problems.push(`${files.facts}:${fact.line}: ${factCell}: expected two agreeing reports from different sites in ${files.reports}, got ${got}`);
      }
    }
  }
  return problems;
}
