/**
 * PMI's PMP and CAPM prerequisites as rules a reader can check themselves against. The numbers are
 * not written here: they come from the PMP and CAPM rows of data/certification-facts.csv, each with
 * its sources, so a change in PMI's rule is one edit to the data file.
 */

/** Highest education, in the words PMI's rule distinguishes. */
export const EDUCATION_LEVELS = ['none', 'secondary', 'associate', 'bachelor', 'gac', 'postgraduate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No secondary diploma yet',
  secondary: 'High school diploma (or global equivalent)',
  associate: "Associate's degree (or global equivalent)",
  bachelor: "Four-year bachelor's degree (or global equivalent)",
  gac: "Bachelor's or postgraduate degree from a GAC-accredited program",
  postgraduate: "Master's or other postgraduate degree (not GAC-accredited)",
};

/** The PMP's full rule: months of experience by education, the window they must fall in, and the education hours. */
export interface PmpRule {
  /** Months leading projects with a four-year degree (bachelor's or postgraduate). */
  monthsWithDegree: number;
  /** Months with a secondary diploma: high school, associate's degree or global equivalent. */
  monthsWithSecondary: number;
  /** Months with a bachelor's or postgraduate degree from a GAC-accredited program. */
  monthsWithGac: number;
  /** The experience must fall within this many months before applying. */
  windowMonths: number;
  /** Contact hours of project management education or training. */
  educationHours: number;
  /** Short name of the certification that stands in for the hours (the CAPM). */
  waivedBy: string;
}

/** The CAPM's rule: a secondary diploma and hours of education, no experience. */
export interface CapmRule {
  educationHours: number;
}

/** Experience can be given in months or in years (years are turned into whole months). */
export type Experience = { months: number } | { years: number };

export interface PmpCandidate {
  experience: Experience;
  education: EducationLevel;
  /** Has the contact hours of project management education the rule asks for. */
  hasEducationHours: boolean;
  hasCapm: boolean;
}

export interface Eligibility {
  eligible: boolean;
  /** What is still missing, in words a reader can act on; empty when eligible. */
  missing: string[];
  /** Months of experience the reader's education calls for; undefined without a secondary diploma. */
  monthsRequired: number | undefined;
  /**
   * Months of further experience before the experience part is met, counting from now and assuming
   * the reader keeps leading projects; 0 when met; undefined when it cannot be counted yet (no diploma).
   */
  monthsToGo: number | undefined;
}

export function experienceMonths(experience: Experience): number {
  const months = 'months' in experience ? experience.months : experience.years * 12;
  return Number.isFinite(months) ? Math.max(0, Math.floor(months)) : 0;
}

/** The months PMI asks of someone with this education; undefined when the education does not qualify. */
export function monthsRequired(rule: PmpRule, education: EducationLevel): number | undefined {
  switch (education) {
    case 'none':
      return undefined;
    case 'secondary':
    case 'associate':
      return rule.monthsWithSecondary;
    case 'bachelor':
    case 'postgraduate':
      return rule.monthsWithDegree;
    case 'gac':
      return rule.monthsWithGac;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkPmpEligibility(rule: PmpRule, candidate: PmpCandidate): Eligibility {
  // Only experience inside the window counts, so more than the window is the window.
  const months = Math.min(experienceMonths(candidate.experience), rule.windowMonths);
  const required = monthsRequired(rule, candidate.education);
  const missing: string[] = [];
  let monthsToGo: number | undefined;
  if (required === undefined) {
    missing.push("a secondary diploma (high school diploma, associate's degree or global equivalent)");
  } else {
    monthsToGo = Math.max(0, required - months);
    if (monthsToGo > 0) {
      missing.push(
        `${plural(monthsToGo, 'more month')} leading projects (${required} in all, within the last ${rule.windowMonths / 12} years)`,
      );
    }
  }
  if (!candidate.hasEducationHours && !candidate.hasCapm) {
    missing.push(`${rule.educationHours} contact hours of project management education (or the ${rule.waivedBy})`);
  }
  return { eligible: missing.length === 0, missing, monthsRequired: required, monthsToGo };
}

export interface CapmCandidate {
  education: EducationLevel;
  hasEducationHours: boolean;
}

export function checkCapmEligibility(rule: CapmRule, candidate: CapmCandidate): Eligibility {
  const missing: string[] = [];
  if (candidate.education === 'none') missing.push("a secondary diploma (high school diploma, associate's degree or global equivalent)");
  if (!candidate.hasEducationHours) missing.push(`${rule.educationHours} contact hours of project management education`);
  return { eligible: missing.length === 0, missing, monthsRequired: 0, monthsToGo: 0 };
}

/** The rule in one sentence, for pages that state it; every part of it, never a part. */
export function pmpRuleSentence(rule: PmpRule): string {
  return (
    `PMI asks for ${rule.monthsWithDegree} months leading projects with a four-year degree, ` +
    `${rule.monthsWithSecondary} months with a high school diploma or associate's degree (or global equivalent), ` +
    `or ${rule.monthsWithGac} months with a bachelor's or postgraduate degree from a GAC-accredited program, ` +
    `all within the last ${rule.windowMonths / 12} years; and in every case ${rule.educationHours} contact hours ` +
    `of project management education or training, or the ${rule.waivedBy}.`
  );
}

/** The columns of a certification-facts row the rules are read from. */
export interface RuleFacts {
  id: string;
  short_name: string;
  experience_months_degree?: number | undefined;
  experience_months_secondary?: number | undefined;
  experience_months_gac?: number | undefined;
  experience_window_months?: number | undefined;
  education_hours?: number | undefined;
  education_waived_by?: string | undefined;
}

/** The PMP's rule from the data; undefined when the PMP row or any part of the rule is missing. */
export function pmpRule(facts: readonly RuleFacts[]): PmpRule | undefined {
  const pmp = facts.find((f) => f.short_name === 'PMP');
  if (!pmp) return undefined;
  const waiver = pmp.education_waived_by ? facts.find((f) => f.id === pmp.education_waived_by) : undefined;
  const {
    experience_months_degree: degree,
    experience_months_secondary: secondary,
    experience_months_gac: gac,
    experience_window_months: window,
    education_hours: hours,
  } = pmp;
  if (degree === undefined || secondary === undefined || gac === undefined || window === undefined || hours === undefined || !waiver) {
    return undefined;
  }
  return {
    monthsWithDegree: degree,
    monthsWithSecondary: secondary,
    monthsWithGac: gac,
    windowMonths: window,
    educationHours: hours,
    waivedBy: waiver.short_name,
  };
}

/** The CAPM's rule from the data; undefined when the CAPM row or its hours are missing. */
export function capmRule(facts: readonly RuleFacts[]): CapmRule | undefined {
  const capm = facts.find((f) => f.short_name === 'CAPM');
  return capm?.education_hours === undefined ? undefined : { educationHours: capm.education_hours };
}
