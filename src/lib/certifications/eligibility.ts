/**
 * Whether a reader meets a certification's stated prerequisites yet, from the structured columns of
 * data/certification-facts.csv (months leading projects by education level, hours of education,
 * and a certification that stands in for those hours, such as the CAPM for the PMP).
 */
export type Education = 'four-year-degree' | 'secondary';

export interface Prerequisites {
  experienceMonthsDegree?: number | undefined;
  experienceMonthsSecondary?: number | undefined;
  educationHours?: number | undefined;
  /** Short name of the certification that replaces the education hours (e.g. "CAPM"). */
  educationWaivedBy?: string | undefined;
}

export interface Reader {
  education: Education;
  monthsLeadingProjects: number;
  educationHours: number;
  /** Short names of certifications held, e.g. ["CAPM"]. */
  held: readonly string[];
}

export interface Eligibility {
  eligible: boolean;
  /** What is still missing, in words a reader can act on; empty when eligible. */
  missing: string[];
  monthsNeeded: number;
  hoursNeeded: number;
}

export function checkEligibility(rules: Prerequisites, reader: Reader): Eligibility {
  const required = reader.education === 'four-year-degree' ? rules.experienceMonthsDegree : rules.experienceMonthsSecondary;
  const monthsNeeded = Math.max(0, (required ?? 0) - Math.max(0, reader.monthsLeadingProjects));
  const waived = rules.educationWaivedBy !== undefined && reader.held.includes(rules.educationWaivedBy);
  const hoursNeeded = waived ? 0 : Math.max(0, (rules.educationHours ?? 0) - Math.max(0, reader.educationHours));
  const missing: string[] = [];
  if (monthsNeeded > 0) missing.push(`${monthsNeeded} more month${monthsNeeded === 1 ? '' : 's'} leading projects`);
  if (hoursNeeded > 0) {
    const alt = rules.educationWaivedBy ? ` (or the ${rules.educationWaivedBy})` : '';
    missing.push(`${hoursNeeded} more hour${hoursNeeded === 1 ? '' : 's'} of project management education${alt}`);
  }
  return { eligible: missing.length === 0, missing, monthsNeeded, hoursNeeded };
}

/** The PMP's rules as the data states them; undefined when the data has no PMP row. */
interface FactPrerequisites {
  id: string;
  short_name: string;
  experience_months_degree?: number | undefined;
  experience_months_secondary?: number | undefined;
  education_hours?: number | undefined;
  education_waived_by?: string | undefined;
}

export function pmpPrerequisites(facts: readonly FactPrerequisites[]): Prerequisites | undefined {
  const pmp = facts.find((f) => f.short_name === 'PMP');
  if (!pmp) return undefined;
  const waiver = pmp.education_waived_by ? facts.find((f) => f.id === pmp.education_waived_by) : undefined;
  return {
    experienceMonthsDegree: pmp.experience_months_degree,
    experienceMonthsSecondary: pmp.experience_months_secondary,
    educationHours: pmp.education_hours,
    educationWaivedBy: waiver?.short_name,
  };
}
