import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificationView, reportedByText } from '../../../../src/lib/certifications/table';
import { certificationReportsFile, parseCertificationFacts } from '../../../../src/lib/data/certification-facts';

const facts = parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8'));
const reports = certificationReportsFile.parse(readFileSync('data/certification-reports.csv', 'utf8'));
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('certificationView', () => {
  it('names the reporters of a reported cell and none for a fact read on the body page', () => {
    const pmp = certificationView(byId('pmp'), reports);
    expect(pmp.prerequisites.reportedBy.length).toBeGreaterThanOrEqual(2);
    expect(pmp.readAt).toEqual([]);
    const psm = certificationView(byId('psm-1'), reports);
    expect(psm.exam.reportedBy).toEqual([]);
    expect(psm.readAt).toEqual(['https://www.scrum.org/professional-scrum-master-i-certification']);
    expect(psm.cost.text).toBe('$200 per attempt (read 2026-11-25)');
  });

  it('marks a row with an empty fact cell', () => {
    expect(certificationView(byId('pmi-acp'), reports).hasGap).toBe(true);
  });
});

describe('reportedByText', () => {
  it('joins names once each', () => {
    const r = (reporter: string) => ({ reporter, title: 't', url: `https://${reporter}.example/` });
    expect(reportedByText([r('A')])).toBe('as reported by A');
    expect(reportedByText([r('A'), r('B'), r('A')])).toBe('as reported by A and B');
    expect(reportedByText([r('A'), r('B'), r('C')])).toBe('as reported by A, B and C');
    expect(reportedByText([])).toBe('');
  });
});
