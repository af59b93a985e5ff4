import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import {
  CERTIFICATION_FACT_COLUMNS,
  CERTIFICATION_REPORT_COLUMNS,
  certificationReportsFile,
  parseCertificationFacts,
  REPORTABLE_CELLS,
  reportHost,
  reportProblems,
} from '../../../../src/lib/data/certification-facts';

const header = CERTIFICATION_FACT_COLUMNS.join(',');
const good: Record<(typeof CERTIFICATION_FACT_COLUMNS)[number], string> = {
  id: 'pmp', certification: 'Project Management Professional', short_name: 'PMP', awarding_body: 'PMI', edition: '', stage: 'practising',
  suits: 'Project managers', recognised: 'Worldwide', prerequisites: 'A degree and 36 months', experience_months_degree: '36',
  experience_months_secondary: '60', experience_months_gac: '24', experience_window_months: '96', education_hours: '35', education_waived_by: '',
  exam: '230 minutes', renewal: '', validity: '', cost: '', cost_read: '', source: 'PMI, PMP page', source_url: 'https://www.pmi.org/pmp',
  source_kind: 'awarding-body', read_at: 'https://www.pmi.org/pmp', also_read_at: '', note: '',
};
type Row = typeof good;
const csv = (...rows: Partial<Row>[]) =>
  [header, ...rows.map((r) => CERTIFICATION_FACT_COLUMNS.map((c) => JSON.stringify({ ...good, ...r }[c] ?? '')).join(','))].join('\n');
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
};
const factProblems = (text: string) => problemsOf(() => parseCertificationFacts(text, 'data/certification-facts.csv'));

const reportLine = (r: Partial<Record<(typeof CERTIFICATION_REPORT_COLUMNS)[number], string>>) =>
  CERTIFICATION_REPORT_COLUMNS.map((c) => JSON.stringify({ certification: 'pmp', cell: 'exam', reporter: 'A', title: 'T', url: 'https://a.example/x', published: '', says: '230 minutes', ...r }[c])).join(',');
const reportsOf = (...rows: Partial<Record<(typeof CERTIFICATION_REPORT_COLUMNS)[number], string>>[]) =>
  certificationReportsFile.parse([CERTIFICATION_REPORT_COLUMNS.join(','), ...rows.map(reportLine)].join('\n'));

describe('certification facts', () => {
  it('parses a row cited to the awarding body, with the full PMP rule', () => {
    const [row] = parseCertificationFacts(csv({}));
    expect(row).toMatchObject({ short_name: 'PMP', experience_months_degree: 36, experience_months_gac: 24, experience_window_months: 96, education_hours: 35, line: 2 });
  });

  it('wants reports kept out of the source cell', () => {
    expect(factProblems(csv({ source_kind: 'reports', read_at: '', source: 'PMI page, as reported by a study site' }))).toContain(
      'data/certification-facts.csv:2: source: expected the awarding body\'s page (reports go in data/certification-reports.csv), got "PMI page, as reported by a study site"',
    );
  });

  it('refuses a cost that is not from the body, or has no date read', () => {
    const problems = factProblems(csv({ source_kind: 'reports', read_at: '', cost: '$100' }));
    expect(problems.some((p) => p.includes('cost: expected a cost only from the awarding body'))).toBe(true);
    expect(problems.some((p) => p.includes('cost_read: expected a date read'))).toBe(true);
  });

  it('refuses facts on a row marked not confirmed', () => {
    expect(factProblems(csv({ source_kind: 'not-confirmed', read_at: '' }))).toContain(
      'data/certification-facts.csv:2: prerequisites: expected nothing for a row whose source_kind is not-confirmed, got "A degree and 36 months"',
    );
  });

  it('refuses a note that narrates how the facts were read', () => {
    expect(factProblems(csv({ note: 'We could not read the page.' }))[0]).toMatch(/^data\/certification-facts\.csv:2: note: expected a note about the certification/);
  });

  it('refuses rule numbers without the prerequisites they belong to', () => {
    expect(factProblems(csv({ prerequisites: '' }))).toContain(
      'data/certification-facts.csv:2: experience_months_gac: expected the prerequisites cell to state the rule this number belongs to, got nothing',
    );
  });

  it('names an unknown stage and an unknown waiver', () => {
    expect(factProblems(csv({ stage: 'guru' })).some((p) => p.startsWith('data/certification-facts.csv:2: stage: expected one of'))).toBe(true);
    expect(factProblems(csv({ education_waived_by: 'capm' }))).toContain(
      'data/certification-facts.csv:2: education_waived_by: expected a certification id in this file, got "capm"',
    );
  });
});

describe('facts that rest on reports', () => {
  const reportsRow = parseCertificationFacts(csv({ source_kind: 'reports', read_at: '', prerequisites: '', experience_months_degree: '', experience_months_secondary: '', experience_months_gac: '', experience_window_months: '', education_hours: '' }));

  it('a fact backed by a single third-party report stops the build', () => {
    expect(reportProblems(reportsRow, reportsOf({}))).toEqual([
      'data/certification-facts.csv:2: exam: expected two agreeing reports from different sites in data/certification-reports.csv, got a.example',
    ]);
  });

  it('two pages of one site are one reporter', () => {
    expect(reportProblems(reportsRow, reportsOf({}, { url: 'https://www.a.example/y' }))).toHaveLength(1);
    expect(reportHost('https://www.a.example/y')).toBe('a.example');
  });

  it('two reports from different sites carry a fact', () => {
    expect(reportProblems(reportsRow, reportsOf({}, { url: 'https://b.example/x', reporter: 'B' }))).toEqual([]);
  });

  it('a fact with no report at all on a reports row stops the build', () => {
    expect(reportProblems(reportsRow, [])).toEqual([
      'data/certification-facts.csv:2: exam: expected two agreeing reports from different sites in data/certification-reports.csv, got none',
    ]);
  });

  it('a report must name a row and a cell that states something', () => {
    const problems = reportProblems(reportsRow, reportsOf({ certification: 'capm' }, { cell: 'renewal', url: 'https://b.example/x' }));
    expect(problems).toContain('data/certification-reports.csv:2: certification: expected an id in data/certification-facts.csv, got "capm"');
    expect(problems).toContain('data/certification-reports.csv:3: cell: expected a renewal cell with text on data/certification-facts.csv:2, got an empty cell');
  });

  it('a single report against a fact read on the body page also fails: a reported cell needs two', () => {
    const bodyRow = parseCertificationFacts(csv({}));
    expect(reportProblems(bodyRow, reportsOf({}))).toHaveLength(1);
    expect(reportProblems(bodyRow, [])).toEqual([]);
  });
});

describe('the real files', () => {
  const facts = parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8'));
  const reports = certificationReportsFile.parse(readFileSync('data/certification-reports.csv', 'utf8'));

  it('hold the certifications readers weigh in December 2026, with ITIL at Version 5', () => {
    expect(facts.map((r) => r.short_name)).toEqual(
      expect.arrayContaining(['PMP', 'CAPM', 'PMI-ACP', 'PgMP', 'PfMP', 'PMI-CPMAI', 'PRINCE2 Foundation', 'PRINCE2 Practitioner', 'ITIL Foundation (Version 5)', 'CSM', 'PSM I', 'SSM', 'SA', 'RTE', 'Project+', 'CCNA', 'Google PM Certificate']),
    );
    expect(facts.some((r) => /ITIL 4/.test(r.certification))).toBe(false);
  });

  it('no fact rests on a single report, and every report names a real fact', () => {
    expect(reportProblems(facts, reports)).toEqual([]);
  });

  it('every row rests on the awarding body, a copy of its page, or reports; and each reported fact has two sites', () => {
    for (const f of facts) {
      if (f.source_kind !== 'reports') continue;
      for (const cell of REPORTABLE_CELLS) {
        if (f[cell] === undefined) continue;
        const hosts = new Set(reports.filter((r) => r.certification === f.id && r.cell === cell).map((r) => reportHost(r.url)));
        expect(hosts.size, `${f.id} ${cell}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
