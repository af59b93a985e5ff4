import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS } from '../../../../src/lib/ladder';
import { COUNTS_TOWARD, certificationGap, certificationText, towardText } from '../../../../src/lib/planner/certifications';

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
    const gap = certificationGap(['PMP', 'PRINCE2'], new Set(['CAPM']));
    expect(gap.met).toBe(false);
    expect(gap.toward.map((r) => [r.held, r.toward])).toEqual([['CAPM', 'PMP']]);
    expect(towardText(gap.toward[0]!)).toMatch(/^Your CAPM counts toward PMP: it .+\.$/);
    expect(gap.toward[0]!.url).toMatch(/^https:\/\/www\.pmi\.org\//);
    // Not when PMP is not asked for, nor once the role is met.
    expect(certificationGap(['PRINCE2'], new Set(['CAPM'])).toward).toEqual([]);
    expect(certificationGap(['PMP', 'PRINCE2'], new Set(['CAPM', 'PRINCE2'])).toward).toEqual([]);
  });

  it('names only certifications of the site’s vocabulary in its rules', () => {
    for (const rule of COUNTS_TOWARD) {
      expect(CERTIFICATIONS).toContain(rule.held);
      expect(CERTIFICATIONS).toContain(rule.toward);
    }
  });
});

describe('certificationText', () => {
  it('says "any one of" for alternatives and what is held once met', () => {
    expect(certificationText(certificationGap(['PMP', 'PRINCE2', 'CSM'], new Set()))).toBe('Any one of the 3 certifications the role lists:');
    expect(certificationText(certificationGap(['PMP'], new Set()))).toBe('The one certification the role lists:');
    expect(certificationText(certificationGap(['PMP', 'CSM'], new Set(['CSM'])))).toBe('None: you hold CSM, and any one of the 2 the role lists will do.');
    expect(certificationText(certificationGap(['PMP'], new Set(['PMP'])))).toBe('None: you hold PMP, the one the role lists.');
    expect(certificationText(certificationGap([], new Set()))).toBe('None: the role usually expects no certification.');
  });
});
