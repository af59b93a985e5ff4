import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS } from '../../../../src/lib/ladder';
import { certificationFactsFile } from '../../../../src/lib/data/certification-facts';
import { certificationGap, certificationText, countsTowardRules, towardText } from '../../../../src/lib/planner/certifications';

const facts = certificationFactsFile.load('data');
const RULES = countsTowardRules(facts, CERTIFICATIONS);

describe('certificationGap', () => {
  it('treats the certifications a role lists as alternatives: any one meets it', () => {
    const listed = ['PMP', 'PRINCE2', 'CSM'];
    expect(certificationGap(listed, new Set())).toMatchObject({ met: false, held: [] });
    expect(certificationGap(listed, new Set(['PRINCE2']))).toMatchObject({ met: true, held: ['PRINCE2'], toward: [] });
    expect(certificationGap(listed, new Set(['CSM', 'PMP']))).toMatchObject({ met: true, held: ['PMP', 'CSM'] });
    expect(certificationGap(listed, new Set(['ITIL']))).toMatchObject({ met: false, held: [] });
    expect(certificationGap([], new Set())).toMatchObject({ met: true, listed: [] });
  });

  it('counts CAPM toward PMP while the role is not yet met, and names the source', () => {
    const gap = certificationGap(['PMP', 'PRINCE2'], new Set(['CAPM']), RULES);
    expect(gap.met).toBe(false);
    expect(gap.toward.map((r) => [r.held, r.toward])).toEqual([['CAPM', 'PMP']]);
    expect(towardText(gap.toward[0]!)).toMatch(/^Your CAPM counts toward PMP: it .+\.$/);
    expect(gap.toward[0]!.url).toMatch(/^https:\/\/www\.pmi\.org\//);
    // Not when PMP is not asked for, nor once the role is met.
    expect(certificationGap(['PRINCE2'], new Set(['CAPM']), RULES).toward).toEqual([]);
    expect(certificationGap(['PMP', 'PRINCE2'], new Set(['CAPM', 'PRINCE2']), RULES).toward).toEqual([]);
  });
});

describe('countsTowardRules', () => {
  it('reads the rule from the PMP row of the certification facts, with its hours and source', () => {
    const pmp = facts.find((f) => f.short_name === 'PMP')!;
    expect(RULES).toEqual([
      {
        held: 'CAPM',
        toward: 'PMP',
        covers: `stands in for the ${pmp.education_hours} hours of project management education PMP asks for, though not for its months leading projects`,
        source: pmp.source,
        url: pmp.source_url,
      },
    ]);
  });

  it('leaves out rules about certifications the planner does not name, and rows without hours', () => {
    const row = {
      id: 'x',
      short_name: 'X',
      education_hours: 10,
      education_waived_by: 'y',
      experience_months_degree: undefined,
      source: 's',
      source_url: 'https://example.org/',
    };
    const waiver = { ...row, id: 'y', short_name: 'Y', education_hours: undefined, education_waived_by: undefined };
    expect(countsTowardRules([row, waiver], ['X', 'Y'])).toEqual([
      {
        held: 'Y',
        toward: 'X',
        covers: 'stands in for the 10 hours of project management education X asks for',
        source: 's',
        url: 'https://example.org/',
      },
    ]);
    expect(countsTowardRules([row, waiver], ['X'])).toEqual([]);
    expect(countsTowardRules([{ ...row, education_hours: undefined }, waiver], ['X', 'Y'])).toEqual([]);
  });
});

describe('certificationText', () => {
  it('says "any one of" for alternatives and what is held once met', () => {
    expect(certificationText(certificationGap(['PMP', 'PRINCE2', 'CSM'], new Set()))).toBe(
      'Any one of the 3 certifications the role lists:',
    );
    expect(certificationText(certificationGap(['PMP'], new Set()))).toBe('The one certification the role lists:');
    expect(certificationText(certificationGap(['PMP', 'CSM'], new Set(['CSM'])))).toBe(
      'None: you hold CSM, and any one of the 2 the role lists will do.',
    );
    expect(certificationText(certificationGap(['PMP'], new Set(['PMP'])))).toBe('None: you hold PMP, the one the role lists.');
    expect(certificationText(certificationGap([], new Set()))).toBe('None: the role usually expects no certification.');
  });
});

describe('the planner data carries the PMP rule', () => {
  it('for checkPmpEligibility in the browser', async () => {
    const { data } = await import('./fixture');
    const { checkPmpEligibility } = await import('../../../../src/lib/certifications/eligibility');
    expect(data.pmpRule).toBeDefined();
    const r = checkPmpEligibility(data.pmpRule!, {
      education: 'gac',
      experience: { months: data.pmpRule!.monthsWithGac },
      hasEducationHours: false,
      hasCapm: true,
    });
    expect(r.eligible).toBe(true);
  });
});
