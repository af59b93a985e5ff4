/**
 * What a rung's certifications ask of someone. data/roles.csv lists, per role, the certifications
 * employers ask for, and a posting asks for one of them, not all: so a role's list is a set of
 * alternatives, and holding any one meets it. A certification can also count toward another
 * without being it: data/certification-facts.csv says so (`education_waived_by`: the CAPM stands
 * in for the PMP's hours of education), with its source.
 */
import type { CertificationFact } from '../data/certification-facts';

/** One certification that counts toward another, as the certification facts state it. */
export interface CountsToward {
  held: string;
  toward: string;
  /** What the held certification stands in for, in a clause that reads after "it". */
  covers: string;
  source: string;
  url: string;
}

type FactFields = Pick<
  CertificationFact,
  'id' | 'short_name' | 'education_hours' | 'education_waived_by' | 'experience_months_degree' | 'source' | 'source_url'
>;

/** The "counts toward" rules in the facts, for certifications the planner's vocabulary names. */
export function countsTowardRules(facts: readonly FactFields[], vocabulary: readonly string[]): CountsToward[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return facts.flatMap((fact) => {
    const waiver = fact.education_waived_by === undefined ? undefined : byId.get(fact.education_waived_by);
    if (!waiver || fact.education_hours === undefined) return [];
    if (!vocabulary.includes(waiver.short_name) || !vocabulary.includes(fact.short_name)) return [];
    const experience = fact.experience_months_degree === undefined ? '' : ', though not for its months leading projects';
    return [
      {
        held: waiver.short_name,
        toward: fact.short_name,
        covers: `stands in for the ${fact.education_hours} hours of project management education ${fact.short_name} asks for${experience}`,
        source: fact.source,
        url: fact.source_url,
      },
    ];
  });
}

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

export function certificationGap(
  listed: readonly string[],
  held: ReadonlySet<string>,
  rules: readonly CountsToward[] = [],
): CertificationGap {
  const have = listed.filter((c) => held.has(c));
  const met = listed.length === 0 || have.length > 0;
  const toward = met ? [] : rules.filter((rule) => held.has(rule.held) && listed.includes(rule.toward));
  return { listed: [...listed], held: have, met, toward };
}

/** The sentence above the certifications a rung still asks for. */
export function certificationText(gap: CertificationGap): string {
  const n = gap.listed.length;
  if (n === 0) return 'None: the role usually expects no certification.';
  if (gap.met) {
    const held = gap.held.join(' and ');
    return n === 1
      ? `None: you hold ${held}, the one the role lists.`
      : `None: you hold ${held}, and any one of the ${n} the role lists will do.`;
  }
  return n === 1 ? 'The one certification the role lists:' : `Any one of the ${n} certifications the role lists:`;
}

/** "Your CAPM counts toward PMP: it stands in for …" */
export function towardText(rule: CountsToward): string {
  return `Your ${rule.held} counts toward ${rule.toward}: it ${rule.covers}.`;
}
