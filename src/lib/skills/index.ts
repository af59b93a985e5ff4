import type { SiteData } from '../data';
import type { SkillSource } from '../data/onet';
import { skillAssociations, skillSlug, type SkillAssociation } from './association';
import { guidesForSkill, type GuideText } from './gap-guides';
import { PLANNER_GAP_LIMIT, type PlannerOnetGaps } from './planner-gaps';
import { joinWages, type Joined } from './join';
import { roleProfile, type OnetProfile } from './profile';
import { skillGaps, type GapSummary } from './gaps';

export interface RoleMarker {
  /** 1-based number drawn next to the point. */
  number: number;
  socCode: string;
  title: string;
  roles: { id: string; title: string }[];
}

export interface SkillsAnalysis {
  joined: Joined;
  skills: SkillAssociation[];
  /** The wage groups that hold one or more of the site's roles, numbered for the scatter. */
  markers: RoleMarker[];
  /** Roles with no point on the scatter, and why. */
  unplotted: { id: string; title: string; socCode: string; reason: 'no-ratings' | 'no-single-occupation' | 'excluded' }[];
  sources: { onetSkills: SkillSource; onetProfiles: SkillSource; oews: SkillSource };
  /** How many detailed OEWS occupations have a wage but no rated O*NET occupation. */
  wagesWithoutRatings: number;
}

const cache = new WeakMap<SiteData, SkillsAnalysis>();

function sourceById(data: SiteData, id: string): SkillSource {
  const found = data.onet.sources.find((s) => s.id === id);
  if (!found) throw new Error(`data/skill-sources.csv has no source "${id}"`);
  return found;
}

export function skillsAnalysis(data: SiteData): SkillsAnalysis {
  const hit = cache.get(data);
  if (hit) return hit;
  const titles = new Map(data.onet.occupations.map((o) => [o.onet_code, o.title]));
  const joined = joinWages(data.onet.skills, data.onet.wages, titles);
  const skills = skillAssociations(
    joined.groups,
    data.onet.elements.filter((e) => e.domain === 'skill'),
  );
  const roleTitle = new Map(data.roles.map((r) => [r.id, r.title]));
  const groupBySoc = new Map(joined.groups.map((g) => [g.socCode, g]));
  const markers: RoleMarker[] = [];
  const unplotted: SkillsAnalysis['unplotted'] = [];
  const ratedCodes = new Set(data.onet.skills.map((s) => s.onet_code));
  for (const row of data.crosswalk) {
    const title = roleTitle.get(row.role) ?? row.role;
    const group = groupBySoc.get(row.soc_code);
    if (!row.onet_code) unplotted.push({ id: row.role, title, socCode: row.soc_code, reason: 'no-single-occupation' });
    else if (!group)
      unplotted.push({ id: row.role, title, socCode: row.soc_code, reason: ratedCodes.has(row.onet_code) ? 'excluded' : 'no-ratings' });
    else {
      let marker = markers.find((m) => m.socCode === group.socCode);
      if (!marker) {
        marker = { number: 0, socCode: group.socCode, title: group.title, roles: [] };
        markers.push(marker);
      }
      marker.roles.push({ id: row.role, title });
    }
  }
  markers.sort((a, b) => a.socCode.localeCompare(b.socCode)).forEach((m, i) => (m.number = i + 1));
  // BLS occupations that neither got a point nor were left out above: no O*NET occupation with ratings maps to them.
  const ratedSocs = new Set([...joined.groups.map((g) => g.socCode), ...joined.excluded.map((e) => e.socCode)]);
  const result: SkillsAnalysis = {
    joined,
    skills,
    markers,
    unplotted,
    sources: {
      onetSkills: sourceById(data, 'onet-29-0'),
      onetProfiles: sourceById(data, 'onet-29-2'),
      oews: sourceById(data, 'oews-m2025'),
    },
    wagesWithoutRatings: data.onet.wages.filter((w) => !ratedSocs.has(w.soc_code)).length,
  };
  cache.set(data, result);
  return result;
}

export function skillBySlug(analysis: SkillsAnalysis, slug: string): SkillAssociation {
  const found = analysis.skills.find((s) => s.slug === slug);
  if (!found) throw new Error(`No O*NET skill with the slug "${slug}"`);
  return found;
}

/** Each role's O*NET profile (undefined for a role standing for every occupation). */
export function roleProfileOf(data: SiteData, roleId: string): OnetProfile | undefined {
  const row = data.crosswalk.find((r) => r.role === roleId);
  return row ? roleProfile(data.onet, row) : undefined;
}

export interface MoveGaps {
  toId: string;
  toTitle: string;
  toProfile: OnetProfile;
  summary: GapSummary;
}

export interface RoleOnet {
  profile: OnetProfile | undefined;
  /** O*NET code -> the site's roles mapped to it, to link related occupations. */
  rolesByCode: Map<string, { id: string; title: string }[]>;
  moves: MoveGaps[];
}

/** Skill gaps from one role to others, for those with an O*NET profile on both sides. */
export function moveGaps(data: SiteData, fromId: string, toIds: readonly string[]): MoveGaps[] {
  const from = roleProfileOf(data, fromId);
  if (!from) return [];
  const titles = new Map(data.roles.map((r) => [r.id, r.title]));
  return toIds.flatMap((toId) => {
    const to = roleProfileOf(data, toId);
    if (!to) return [];
    return [
      {
        toId,
        toTitle: titles.get(toId) ?? toId,
        toProfile: to,
        summary: skillGaps({ code: from.ratingsCode, skills: from.skills }, { code: to.ratingsCode, skills: to.skills }),
      },
    ];
  });
}

export function roleOnet(data: SiteData, roleId: string, nextRoleIds: readonly string[]): RoleOnet {
  const titles = new Map(data.roles.map((r) => [r.id, r.title]));
  const rolesByCode = new Map<string, { id: string; title: string }[]>();
  for (const row of data.crosswalk) {
    if (!row.onet_code || row.role === roleId) continue;
    rolesByCode.set(row.onet_code, [...(rolesByCode.get(row.onet_code) ?? []), { id: row.role, title: titles.get(row.role) ?? row.role }]);
  }
  return { profile: roleProfileOf(data, roleId), rolesByCode, moves: moveGaps(data, roleId, nextRoleIds) };
}

/** Each ladder move's O*NET gaps in the planner's shape, keyed "from-id to-id". */
export function plannerGaps(
  data: SiteData,
  moves: readonly { from: string; to: string }[],
  guides: readonly GuideText[],
): Record<string, PlannerOnetGaps> {
  const out: Record<string, PlannerOnetGaps> = {};
  for (const move of moves) {
    const from = roleProfileOf(data, move.from);
    const found = moveGaps(data, move.from, [move.to])[0];
    if (!from || !found) continue;
    const { summary, toProfile } = found;
    out[`${move.from} ${move.to}`] = {
      fromOccupation: from.ratingsTitle,
      toOccupation: toProfile.ratingsTitle,
      sameOccupation: summary.sameOccupation,
      neededCount: summary.neededCount,
      metCount: summary.metCount,
      gapCount: summary.gaps.length,
      gaps: summary.gaps.slice(0, PLANNER_GAP_LIMIT).map((g) => ({
        skill: g.name,
        slug: skillSlug(g.name),
        now: g.startLevel,
        needed: g.targetLevel,
        gap: g.gap,
        guides: guidesForSkill(g.name, guides).map(({ slug, title }) => ({ slug, title })),
      })),
    };
  }
  return out;
}
