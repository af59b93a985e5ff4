/**
 * The planner's answer to "which certification can I take now?", from the reader's years and
 * education and PMI's rules (src/lib/certifications/eligibility.ts, the one PMP and CAPM rule).
 * The PMP is suggested only to a reader who meets its experience part; anyone else is told when it
 * opens and pointed at the CAPM (or CompTIA Project+) now.
 */
import { checkPmpEligibility, pmpRuleSentence, type CapmRule, type EducationLevel, type PmpRule } from '../certifications/eligibility';

export interface CertQuestion {
  /** Years of project experience; undefined when the reader leaves it empty. */
  years?: number | undefined;
  education?: EducationLevel | undefined;
}

export interface CertAdvice {
  /** Whether the reader meets the PMP's experience part; undefined when the answer needs both inputs. */
  pmpExperienceMet: boolean | undefined;
  /** Sentences, in reading order. */
  lines: string[];
  /** Short names of the certifications worth aiming at now. */
  suggest: string[];
  /** PMI's whole PMP rule in one sentence: the lines state part of it, so the answer states all of it. */
  rule: string;
}

/** Education as it reads after "With": "a bachelor's degree". */
export const EDUCATION_PHRASES: Record<EducationLevel, string> = {
  none: 'no secondary diploma yet',
  secondary: 'a high school diploma',
  associate: "an associate's degree",
  bachelor: "a bachelor's degree",
  gac: 'a degree from a GAC-accredited program',
  postgraduate: "a master's degree",
};

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/** "about 1 more year", "about 2 more years", "4 more months": the time left in the words people use. */
export function timeToGo(months: number): string {
  if (months < 12) return `${months} more ${months === 1 ? 'month' : 'months'}`;
  const y = Math.round(months / 12);
  return `about ${y} more ${y === 1 ? 'year' : 'years'}`;
}

function capmNow(pmp: PmpRule, capm: CapmRule | undefined): string {
  const hours = capm ? `${capm.educationHours} contact hours of project management education` : 'project management education';
  const later = pmp.waivedBy === 'CAPM' ? `, and holding it stands in for the PMP's ${pmp.educationHours} contact hours later` : '';
  return `Now: the CAPM asks for no project experience, only a secondary diploma and ${hours}${later}. CompTIA Project+ is another first certification to look at.`;
}

/** The certification answer for the plan; undefined when the reader gave neither years nor education. */
export function certAdvice(pmp: PmpRule, capm: CapmRule | undefined, question: CertQuestion): CertAdvice | undefined {
  const answer = answerFor(pmp, capm, question);
  return answer && { ...answer, rule: pmpRuleSentence(pmp) };
}

function answerFor(pmp: PmpRule, capm: CapmRule | undefined, question: CertQuestion): Omit<CertAdvice, 'rule'> | undefined {
  const { education } = question;
  const given = question.years !== undefined && Number.isFinite(question.years) && question.years >= 0 ? question.years : undefined;
  if (given === undefined && education === undefined) return undefined;
  const hours = `plus ${pmp.educationHours} contact hours or a ${pmp.waivedBy}`;
  if (education === 'none') {
    return {
      pmpExperienceMet: false,
      lines: [
        "The PMP and the CAPM both ask for a secondary diploma first (a high school diploma, an associate's degree or a global equivalent).",
      ],
      suggest: [],
    };
  }
  if (education === undefined) {
    return {
      pmpExperienceMet: undefined,
      lines: [
        `With ${years(given!)} leading projects: the PMP asks for ${pmp.monthsWithDegree} months with a four-year degree or ${pmp.monthsWithSecondary} with a high school diploma, within the last ${pmp.windowMonths / 12} years, ${hours}. Add your education to see which applies.`,
      ],
      suggest: [],
    };
  }
  const check = checkPmpEligibility(pmp, { experience: { years: given ?? 0 }, education, hasEducationHours: false, hasCapm: false });
  const required = check.monthsRequired!;
  if (given === undefined) {
    return {
      pmpExperienceMet: undefined,
      lines: [
        `With ${EDUCATION_PHRASES[education]}, the PMP opens after ${required} months leading projects within the last ${pmp.windowMonths / 12} years, ${hours}. Add your years of experience to see how far you are.`,
      ],
      suggest: [],
    };
  }
  const toGo = check.monthsToGo ?? 0;
  if (toGo === 0) {
    return {
      pmpExperienceMet: true,
      lines: [
        `With ${EDUCATION_PHRASES[education]} and ${years(given)}, you meet the PMP's ${required} months of experience, if they fall within the last ${pmp.windowMonths / 12} years. It also asks for ${pmp.educationHours} contact hours of project management education or a ${pmp.waivedBy}.`,
      ],
      suggest: ['PMP'],
    };
  }
  return {
    pmpExperienceMet: false,
    lines: [
      `With ${EDUCATION_PHRASES[education]} and ${years(given)}, the PMP opens after ${required} months: ${timeToGo(toGo)}, ${hours}.`,
      capmNow(pmp, capm),
    ],
    suggest: ['CAPM', 'CompTIA Project+'],
  };
}
