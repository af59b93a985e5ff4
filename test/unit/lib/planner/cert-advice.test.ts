import { describe, expect, it } from 'vitest';
import { certAdvice, timeToGo } from '../../../../src/lib/planner/cert-advice';
import { pmpRuleSentence, type PmpRule } from '../../../../src/lib/certifications/eligibility';
import { missingRuleParts } from '../../../../src/lib/certifications/pmp-prose';

const pmp: PmpRule = {
  monthsWithDegree: 36,
  monthsWithSecondary: 60,
  monthsWithGac: 24,
  windowMonths: 96,
  educationHours: 35,
  waivedBy: 'CAPM',
};
const capm = { educationHours: 23 };

describe('certAdvice', () => {
  it("tells a reader with 2 years and a bachelor's degree when the PMP opens, and suggests the CAPM now, not the PMP", () => {
    const advice = certAdvice(pmp, capm, { years: 2, education: 'bachelor' })!;
    expect(advice.lines[0]).toBe(
      "With a bachelor's degree and 2 years, the PMP opens after 36 months: about 1 more year, plus 35 contact hours or a CAPM.",
    );
    expect(advice.lines[1]).toContain('23 contact hours');
    expect(advice.lines[1]).toContain("stands in for the PMP's 35 contact hours");
    expect(advice.pmpExperienceMet).toBe(false);
    expect(advice.suggest).toEqual(['CAPM', 'CompTIA Project+']);
  });

  it('suggests the PMP once the experience is met, and still names the hours', () => {
    const advice = certAdvice(pmp, capm, { years: 3, education: 'bachelor' })!;
    expect(advice.suggest).toEqual(['PMP']);
    expect(advice.lines[0]).toContain('35 contact hours');
  });

  it('counts 60 months with a high school diploma', () => {
    expect(certAdvice(pmp, capm, { years: 4, education: 'secondary' })!.lines[0]).toContain('opens after 60 months: about 1 more year');
  });

  it('says nothing when neither is given, and what applies when only one is', () => {
    expect(certAdvice(pmp, capm, {})).toBeUndefined();
    expect(certAdvice(pmp, capm, { education: 'gac' })!.lines[0]).toContain('24 months');
    expect(certAdvice(pmp, capm, { years: 1 })!.lines[0]).toContain('36 months with a four-year degree or 60');
    expect(certAdvice(pmp, capm, { years: 1 })!.suggest).toEqual([]);
  });

  it('asks for a secondary diploma first and suggests neither', () => {
    expect(certAdvice(pmp, capm, { years: 5, education: 'none' })!.suggest).toEqual([]);
  });

  it('states the whole PMP rule with every answer, since each answer states part of it', () => {
    const questions = [{ years: 2, education: 'bachelor' }, { years: 3 }, { education: 'gac' }, { years: 1, education: 'none' }] as const;
    for (const question of questions) {
      const advice = certAdvice(pmp, capm, question)!;
      expect(advice.rule, JSON.stringify(question)).toBe(pmpRuleSentence(pmp));
      expect(missingRuleParts([...advice.lines, advice.rule].join(' '))).toEqual([]);
    }
  });
});

describe('timeToGo', () => {
  it.each([
    [1, '1 more month'],
    [4, '4 more months'],
    [12, 'about 1 more year'],
    [30, 'about 3 more years'],
  ])('%i months reads "%s"', (months, words) => {
    expect(timeToGo(months)).toBe(words);
  });
});
