import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { CERTIFICATION_FACT_COLUMNS, parseCertificationFacts } from '../../../../src/lib/data/certification-facts';

const header = CERTIFICATION_FACT_COLUMNS.join(',');
const good = {
  id: 'pmp', certification: 'Project Management Professional', short_name: 'PMP', awarding_body: 'PMI', edition: '', stage: 'practising',
  suits: 'Project managers', prerequisites: 'A degree and 36 months', experience_months_degree: '36', experience_months_secondary: '60',
  education_hours: '35', education_waived_by: '', exam: '230 minutes', renewal: '', cost: '', cost_read: '',
  source: 'PMI, PMP page', source_url: 'https://www.pmi.org/pmp', read_at: 'https://www.pmi.org/pmp', source_kind: 'awarding-body', note: '',
};
type Row = typeof good;
const csv = (...rows: Partial<Row>[]) => [header, ...rows.map((r) => CERTIFICATION_FACT_COLUMNS.map((c) => JSON.stringify({ ...good, ...r }[c] ?? '')).join(','))].join('\n');
const problemsOf = (text: string): string[] => {
  try {
    parseCertificationFacts(text, 'data/certification-facts.csv');
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
};

describe('certification facts', () => {
  it('parses a row cited to the awarding body', () => {
    const [row] = parseCertificationFacts(csv({}));
    expect(row).toMatchObject({ short_name: 'PMP', experience_months_degree: 36, education_hours: 35, line: 2 });
  });

  it('requires a third-party report to say so', () => {
    expect(problemsOf(csv({ source_kind: 'third-party-report', source: 'A study site' }))).toEqual([
      'data/certification-facts.csv:2: source: expected a third party\'s report to say "as reported by", got "A study site"',
    ]);
  });

  it('refuses a cost that is not from the body, or has no date read', () => {
    const problems = problemsOf(csv({ source_kind: 'third-party-report', source: 'X, as reported by Y', cost: '$100' }));
    expect(problems.some((p) => p.includes('cost: expected a cost only from the awarding body'))).toBe(true);
    expect(problems.some((p) => p.includes('cost_read: expected a date read'))).toBe(true);
  });

  it('refuses facts on a row marked not confirmed', () => {
    expect(problemsOf(csv({ source_kind: 'not-confirmed' }))).toContain(
      'data/certification-facts.csv:2: prerequisites: expected nothing for a row whose source_kind is not-confirmed, got "A degree and 36 months"',
    );
  });

  it('names an unknown stage and an unknown waiver', () => {
    expect(problemsOf(csv({ stage: 'guru' })).some((p) => p.startsWith('data/certification-facts.csv:2: stage: expected one of'))).toBe(true);
    expect(problemsOf(csv({ education_waived_by: 'capm' }))).toContain('data/certification-facts.csv:2: education_waived_by: expected a certification id in this file, got "capm"');
  });

  it('the real file: every row names the awarding body\'s page or is labelled a third party\'s report', () => {
    const rows = parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8'));
    expect(rows.map((r) => r.short_name)).toEqual(expect.arrayContaining(['PMP', 'CAPM', 'PMI-ACP', 'PgMP', 'PRINCE2 Foundation', 'PRINCE2 Practitioner', 'ITIL 4 Foundation', 'CSM', 'PSM I', 'Project+', 'CCNA']));
    for (const r of rows) {
      if (r.source_kind === 'third-party-report') expect(r.source).toMatch(/as reported by/i);
      else expect(r.source.startsWith(r.awarding_body.split(' (')[0]!.replace('Project Management Institute', 'PMI')) || r.source.includes(r.awarding_body)).toBe(true);
    }
  });
});
