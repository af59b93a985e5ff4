import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEligibility, pmpPrerequisites } from '../../../../src/lib/certifications/eligibility';
import { parseCertificationFacts } from '../../../../src/lib/data/certification-facts';

const rules = { experienceMonthsDegree: 36, experienceMonthsSecondary: 60, educationHours: 35, educationWaivedBy: 'CAPM' };

describe('checkEligibility', () => {
  it('a graduate with 36 months and 35 hours is eligible', () => {
    expect(checkEligibility(rules, { education: 'four-year-degree', monthsLeadingProjects: 36, educationHours: 35, held: [] })).toEqual({
      eligible: true,
      missing: [],
      monthsNeeded: 0,
      hoursNeeded: 0,
    });
  });
  it('without a degree the same 36 months fall 24 short', () => {
    const r = checkEligibility(rules, { education: 'secondary', monthsLeadingProjects: 36, educationHours: 35, held: [] });
    expect(r.eligible).toBe(false);
    expect(r.missing).toEqual(['24 more months leading projects']);
  });
  it('the CAPM stands in for the education hours', () => {
    const r = checkEligibility(rules, { education: 'four-year-degree', monthsLeadingProjects: 40, educationHours: 0, held: ['CAPM'] });
    expect(r.eligible).toBe(true);
    const without = checkEligibility(rules, { education: 'four-year-degree', monthsLeadingProjects: 40, educationHours: 10, held: [] });
    expect(without.missing).toEqual(['25 more hours of project management education (or the CAPM)']);
  });
  it('reads the PMP rules from the data file', () => {
    const pmp = pmpPrerequisites(parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8')));
    expect(pmp?.educationWaivedBy).toBe('CAPM');
    expect(pmp?.experienceMonthsDegree).toBeLessThan(pmp?.experienceMonthsSecondary ?? 0);
  });
});
