/**
 * What a rung's certifications ask of someone. data/roles.csv lists, per role, the certifications
 * employers ask for, and a posting asks for one of them, not all: so a role's list is a set of
 * alternatives, and holding any one meets it. A certification can also count toward another
 * without being it (CAPM toward PMP); the publisher's rule is named with its source.
 */

/** One certification that counts toward another, as its awarding body says. */
export interface CountsToward {
  held: string;
  toward: string;
  /** What the held certification stands in for, in a clause that reads after "it". */
  covers: string;
  source: string;
  url: string;
}

export const COUNTS_TOWARD: readonly CountsToward[] = [
  {
    held: 'CAPM',
    toward: 'PMP',
    covers: 'stands in for the 35 hours of project management education PMP asks for, though not for its years of experience',
    source: 'PMI, Project Management Professional (PMP) certification page',
    url: 'https://www.pmi.org/certifications/project-management-pmp',
  },
];

export interface CertificationGap {
  /** The role's certifications, in its order: any one of them meets it. */
  listed: string[];
  /** Listed certifications already held. */
  held: string[];
  /** True when the role lists none or one of them is held. */
  met: boolean;
  /** Held certifications that count toward a listed one the person lacks (shown only when not met). */
  toward: CountsToward[];
}

export function certificationGap(listed: readonly string[], held: ReadonlySet<string>): CertificationGap {
  const have = listed.filter((c) => held.has(c));
  const met = listed.length === 0 || have.length > 0;
  const toward = met ? [] : COUNTS_TOWARD.filter((rule) => held.has(rule.held) && listed.includes(rule.toward));
  return { listed: [...listed], held: have, met, toward };
}

/** The sentence above the certifications a rung still asks for. */
export function certificationText(gap: CertificationGap): string {
  const n = gap.listed.length;
  if (n === 0) return 'None: the role usually expects no certification.';
  if (gap.met) {
    const held = gap.held.join(' and ');
    return n === 1 ? `None: you hold ${held}, the one the role lists.` : `None: you hold ${held}, and any one of the ${n} the role lists will do.`;
  }
  return n === 1 ? 'The one certification the role lists:' : `Any one of the ${n} certifications the role lists:`;
}

/** "Your CAPM counts toward PMP: it stands in for …" */
export function towardText(rule: CountsToward): string {
  return `Your ${rule.held} counts toward ${rule.toward}: it ${rule.covers}.`;
}
