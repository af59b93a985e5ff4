import { median } from 'd3-array';
import type { Measure, PayRow } from './pay';

/** What this module needs from a role: the ladders' `Role` satisfies it structurally. */
export interface SkillRole {
  id: string;
  title: string;
  skills: readonly string[];
  /** Ids in data/pay.csv, primary first. */
  pay: readonly string[];
}

/**
 * Base wages and salaries are paid cash before bonus; big-tech total compensation adds stock and
 * bonus and runs several times higher, so mixing the two would make any skill held by a big-tech
 * role look like a premium. Only these measures are compared.
 */
export const COMPARABLE_MEASURES: readonly Measure[] = ['base-wage', 'salary'];

/** The skills brief 003 ties to pay, and the direction it claims. */
export const BRIEF_SKILLS = [
  { name: 'Team leadership', claim: 'higher' },
  { name: 'Agile software development', claim: 'higher' },
  { name: 'Strategic project management', claim: 'higher' },
  { name: 'Basic technical analysis', claim: 'lower' },
  { name: 'Basic project management', claim: 'lower' },
] as const;

export function skillKey(skill: string): string {
  return skill.trim().toLowerCase().replace(/\s+/g, ' ');
}

export interface ComparedRole {
  id: string;
  title: string;
  payId: string;
  pay: number;
  /** True when the role's first pay id was skipped because it is not comparable. */
  fallback: boolean;
}

export interface ExcludedRole {
  id: string;
  title: string;
  reason: 'no-pay' | 'no-comparable-pay';
}

export interface SkillPay {
  skill: string;
  key: string;
  roles: ComparedRole[];
  /** Median of the compared roles' pay (the middle one, or the mean of the middle two). */
  median: number;
  /** median minus the all-roles baseline. */
  difference: number;
  /** difference as a percentage of the baseline, to one decimal. */
  differencePct: number;
}

export interface SkillPayAssociation {
  /** Median pay across every compared role. */
  baseline: number;
  compared: ComparedRole[];
  excluded: ExcludedRole[];
  /** Highest difference first; ties by skill name. */
  skills: SkillPay[];
}

/** The figure a role is compared on: its primary pay id if comparable, otherwise the first comparable one. */
export function comparablePay(role: SkillRole, payById: ReadonlyMap<string, Pick<PayRow, 'id' | 'pay' | 'measure'>>): ComparedRole | ExcludedRole {
  if (role.pay.length === 0) return { id: role.id, title: role.title, reason: 'no-pay' };
  const index = role.pay.findIndex((id) => {
    const row = payById.get(id);
    return row !== undefined && COMPARABLE_MEASURES.includes(row.measure);
  });
  if (index === -1) return { id: role.id, title: role.title, reason: 'no-comparable-pay' };
  const row = payById.get(role.pay[index]!)!;
  return { id: role.id, title: role.title, payId: row.id, pay: row.pay, fallback: index > 0 };
}

/**
 * For each skill, the median pay of the roles that list it against the median of all roles.
 * This is an association across the site's own roles, not a measured premium: a skill listed by
 * senior roles inherits their pay whether or not the skill itself is what is paid for.
 */
export function skillPayAssociation(roles: readonly SkillRole[], payById: ReadonlyMap<string, Pick<PayRow, 'id' | 'pay' | 'measure'>>): SkillPayAssociation {
  const compared: ComparedRole[] = [];
  const excluded: ExcludedRole[] = [];
  const comparedById = new Map<string, ComparedRole>();
  for (const role of roles) {
    const result = comparablePay(role, payById);
    if ('reason' in result) excluded.push(result);
    else {
      compared.push(result);
      comparedById.set(role.id, result);
    }
  }
  const baseline = median(compared, (r) => r.pay) ?? 0;

  const bySkill = new Map<string, { skill: string; roles: ComparedRole[] }>();
  for (const role of roles) {
    const pay = comparedById.get(role.id);
    if (!pay) continue;
    for (const skill of new Set(role.skills.map((s) => s.trim()).filter(Boolean))) {
      const key = skillKey(skill);
      const entry = bySkill.get(key) ?? { skill, roles: [] };
      if (!entry.roles.some((r) => r.id === role.id)) entry.roles.push(pay);
      bySkill.set(key, entry);
    }
  }

  const skills: SkillPay[] = [...bySkill.entries()].map(([key, { skill, roles: withSkill }]) => {
    const skillMedian = median(withSkill, (r) => r.pay) ?? 0;
    const difference = skillMedian - baseline;
    return {
      skill,
      key,
      roles: withSkill,
      median: skillMedian,
      difference,
      differencePct: baseline === 0 ? 0 : Math.round((difference / baseline) * 1000) / 10,
    };
  });
  skills.sort((a, b) => b.difference - a.difference || a.skill.localeCompare(b.skill));
  return { baseline, compared, excluded, skills };
}

/** How many compared roles must list a skill before the chart draws it (the table lists every skill). */
export const MIN_ROLES_FOR_CHART = 2;

/** The skills the chart draws: those listed by enough compared roles, plus every brief-003 skill that has any. */
export function chartedSkills(association: SkillPayAssociation): SkillPay[] {
  const brief = new Set(BRIEF_SKILLS.map((s) => skillKey(s.name)));
  return association.skills.filter((s) => s.roles.length >= MIN_ROLES_FOR_CHART || brief.has(s.key));
}

export interface BriefSkillStatus {
  name: string;
  claim: 'higher' | 'lower';
  /** Undefined when no role with a comparable pay figure lists the skill. */
  found: SkillPay | undefined;
}

export function briefSkillStatus(association: SkillPayAssociation): BriefSkillStatus[] {
  return BRIEF_SKILLS.map(({ name, claim }) => ({ name, claim, found: association.skills.find((s) => s.key === skillKey(name)) }));
}
