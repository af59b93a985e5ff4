import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  capmRule,
  checkCapmEligibility,
  checkPmpEligibility,
  experienceMonths,
  monthsRequired,
  pmpRule,
  pmpRuleSentence,
  type PmpRule,
} from '../../../../src/lib/certifications/eligibility';
import { parseCertificationFacts } from '../../../../src/lib/data/certification-facts';

const rule: PmpRule = {
  monthsWithDegree: 36,
  monthsWithSecondary: 60,
  monthsWithGac: 24,
  windowMonths: 96,
  educationHours: 35,
  waivedBy: 'CAPM',
};
const graduate = { education: 'bachelor' as const, hasEducationHours: true, hasCapm: false };

describe('checkPmpEligibility', () => {
  it('a graduate with 36 months and the hours is eligible', () => {
    expect(checkPmpEligibility(rule, { ...graduate, experience: { months: 36 } })).toEqual({
      eligible: true,
      missing: [],
      monthsRequired: 36,
      monthsToGo: 0,
    });
  });

  it('asks each education for its own months', () => {
    expect(monthsRequired(rule, 'secondary')).toBe(60);
    expect(monthsRequired(rule, 'associate')).toBe(60);
    expect(monthsRequired(rule, 'bachelor')).toBe(36);
    expect(monthsRequired(rule, 'postgraduate')).toBe(36);
    expect(monthsRequired(rule, 'gac')).toBe(24);
    expect(monthsRequired(rule, 'none')).toBeUndefined();
  });

  it('says how many months are left and what the total is', () => {
    const r = checkPmpEligibility(rule, { ...graduate, education: 'associate', experience: { months: 36 } });
    expect(r.eligible).toBe(false);
    expect(r.monthsToGo).toBe(24);
    expect(r.missing).toEqual(['24 more months leading projects (60 in all, within the last 8 years)']);
  });

  it('a GAC-accredited degree needs 24 months', () => {
    expect(checkPmpEligibility(rule, { ...graduate, education: 'gac', experience: { months: 24 } }).eligible).toBe(true);
    expect(checkPmpEligibility(rule, { ...graduate, education: 'gac', experience: { months: 23 } }).monthsToGo).toBe(1);
  });

  it('takes years as well as months', () => {
    expect(experienceMonths({ years: 2.5 })).toBe(30);
    expect(checkPmpEligibility(rule, { ...graduate, experience: { years: 3 } }).eligible).toBe(true);
    expect(experienceMonths({ months: -4 })).toBe(0);
    expect(experienceMonths({ months: Number.NaN })).toBe(0);
  });

  it('the CAPM stands in for the hours, but not for the months', () => {
    const noHours = { ...graduate, hasEducationHours: false };
    expect(checkPmpEligibility(rule, { ...noHours, experience: { months: 40 } }).missing).toEqual([
      '35 contact hours of project management education (or the CAPM)',
    ]);
    expect(checkPmpEligibility(rule, { ...noHours, hasCapm: true, experience: { months: 40 } }).eligible).toBe(true);
    expect(checkPmpEligibility(rule, { ...noHours, hasCapm: true, experience: { months: 10 } }).eligible).toBe(false);
  });

  it('experience beyond the eight-year window does not count twice', () => {
    const r = checkPmpEligibility(rule, { ...graduate, education: 'secondary', experience: { months: 400 } });
    expect(r.eligible).toBe(true);
  });

  it('without a secondary diploma it names the diploma and cannot count the months', () => {
    const r = checkPmpEligibility(rule, { ...graduate, education: 'none', experience: { months: 80 } });
    expect(r.eligible).toBe(false);
    expect(r.monthsToGo).toBeUndefined();
    expect(r.missing[0]).toMatch(/secondary diploma/);
  });

  it('lists both gaps when both are missing', () => {
    const r = checkPmpEligibility(rule, { education: 'bachelor', hasEducationHours: false, hasCapm: false, experience: { months: 0 } });
    expect(r.missing).toHaveLength(2);
  });

  it('the sentence states every part of the rule', () => {
    const s = pmpRuleSentence(rule);
    for (const part of ['36 months', '60 months', '24 months', 'GAC-accredited', 'last 8 years', '35 contact hours', 'CAPM'])
      expect(s).toContain(part);
  });
});

describe('checkCapmEligibility', () => {
  it('asks for a secondary diploma and the hours, not experience', () => {
    expect(checkCapmEligibility({ educationHours: 23 }, { education: 'secondary', hasEducationHours: true }).eligible).toBe(true);
    expect(checkCapmEligibility({ educationHours: 23 }, { education: 'none', hasEducationHours: false }).missing).toEqual([
      "a secondary diploma (high school diploma, associate's degree or global equivalent)",
      '23 contact hours of project management education',
    ]);
  });
});

describe('the rules from the data file', () => {
  const facts = parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8'));

  it('the PMP row holds the full rule, in the order the education levels run', () => {
    const pmp = pmpRule(facts);
    expect(pmp).toBeDefined();
    expect(pmp!.waivedBy).toBe('CAPM');
    expect(pmp!.monthsWithGac).toBeLessThan(pmp!.monthsWithDegree);
    expect(pmp!.monthsWithDegree).toBeLessThan(pmp!.monthsWithSecondary);
    expect(pmp!.monthsWithSecondary).toBeLessThanOrEqual(pmp!.windowMonths);
  });

  it('a PMP row missing a part of the rule gives no rule rather than a partial one', () => {
    const partial = facts.map((f) => (f.short_name === 'PMP' ? { ...f, experience_months_gac: undefined } : f));
    expect(pmpRule(partial)).toBeUndefined();
  });

  it('the CAPM row gives its hours', () => {
    expect(capmRule(facts)?.educationHours).toBeGreaterThan(0);
  });
});
