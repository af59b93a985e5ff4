import { fitLogLine, quarterGap, spearman, type LogLine, type QuarterGap } from './stats';
import type { WageGroup } from './join';

export interface SkillPoint {
  socCode: string;
  title: string;
  importance: number;
  wage: number;
}

export interface SkillAssociation {
  elementId: string;
  name: string;
  slug: string;
  points: SkillPoint[];
  rho: number;
  quarters: QuarterGap;
  line: LogLine;
}

export function skillSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** For each skill: every wage group's importance against its median wage, and three summaries of it. */
export function skillAssociations(
  groups: readonly WageGroup[],
  skills: readonly { element_id: string; name: string }[],
): SkillAssociation[] {
  return skills
    .map((skill) => {
      const points = groups.flatMap((g) => {
        const r = g.ratings.get(skill.element_id);
        return r ? [{ socCode: g.socCode, title: g.title, importance: r.importance, wage: g.wage }] : [];
      });
      const xy = points.map((p) => ({ x: p.importance, wage: p.wage }));
      return {
        elementId: skill.element_id,
        name: skill.name,
        slug: skillSlug(skill.name),
        points,
        rho: spearman(
          points.map((p) => p.importance),
          points.map((p) => p.wage),
        ),
        quarters: quarterGap(xy),
        line: fitLogLine(xy),
      };
    })
    .sort((a, b) => b.rho - a.rho || a.name.localeCompare(b.name));
}
