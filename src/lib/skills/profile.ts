import type { OnetData, Rating } from '../data/onet';
import type { CrosswalkRow } from '../data/crosswalk';

export interface RatedElement {
  elementId: string;
  name: string;
  importance: number;
  level: number;
}

export interface OnetProfile {
  /** The occupation the role maps to (tasks, technology, education, related occupations). */
  code: string;
  title: string;
  /** The occupation the skill and knowledge ratings come from; differs when `code` has none. */
  ratingsCode: string;
  ratingsTitle: string;
  /** Every skill, most important first (ties by level, then name). */
  skills: RatedElement[];
  knowledge: RatedElement[];
  /** The months O*NET dates the skill ratings to, oldest first (usually one). */
  ratingDates: string[];
  tasks: { text: string; core: boolean }[];
  /** Where the tasks come from (the role's occupation, or the rated one when it lists none). */
  tasksCode: string | undefined;
  education: { category: number; label: string; percent: number }[];
  educationCode: string | undefined;
  technology: { example: string; commodity: string; hot: boolean; inDemand: boolean }[];
  related: { code: string; title: string; tier: string; rank: number }[];
}

/** O*NET's Required Level of Education categories (Education, Training, and Experience Categories, RL). */
export const EDUCATION_LABELS: Readonly<Record<number, string>> = {
  1: 'Less than a high school diploma',
  2: 'High school diploma or equivalent',
  3: 'Post-secondary certificate',
  4: 'Some college courses',
  5: "Associate's degree",
  6: "Bachelor's degree",
  7: 'Post-baccalaureate certificate',
  8: "Master's degree",
  9: "Post-master's certificate",
  10: 'First professional degree',
  11: 'Doctoral degree',
  12: 'Post-doctoral training',
};

export function rated(
  rows: readonly Pick<Rating, 'onet_code' | 'element_id' | 'importance' | 'level'>[],
  code: string,
  names: ReadonlyMap<string, string>,
): RatedElement[] {
  return rows
    .filter((r) => r.onet_code === code)
    .map((r) => ({ elementId: r.element_id, name: names.get(r.element_id) ?? r.element_id, importance: r.importance, level: r.level }))
    .sort((a, b) => b.importance - a.importance || b.level - a.level || a.name.localeCompare(b.name));
}

/** Distinct "MM/YYYY" months, oldest first. */
export function monthsOldestFirst(dates: readonly string[]): string[] {
  const key = (d: string) => `${d.slice(3)}${d.slice(0, 2)}`;
  return [...new Set(dates)].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The O*NET profile behind a role, or undefined for a role with no single occupation. */
export function roleProfile(data: OnetData, role: Pick<CrosswalkRow, 'onet_code' | 'onet_ratings_code'>): OnetProfile | undefined {
  const code = role.onet_code;
  const ratingsCode = role.onet_ratings_code;
  if (!code || !ratingsCode) return undefined;
  const titles = new Map(data.occupations.map((o) => [o.onet_code, o.title]));
  const names = new Map(data.elements.map((e) => [e.element_id, e.name]));
  const firstWith = <T extends { onet_code: string }>(rows: readonly T[]) =>
    [code, ratingsCode].find((c) => rows.some((r) => r.onet_code === c));
  const tasksCode = firstWith(data.tasks);
  const educationCode = firstWith(data.education);
  const tasks = data.tasks.filter((t) => t.onet_code === tasksCode).map((t) => ({ text: t.task, core: t.task_type === 'Core' }));
  // Core tasks first, keeping O*NET's order within each type.
  tasks.sort((a, b) => Number(b.core) - Number(a.core));
  return {
    code,
    title: titles.get(code) ?? code,
    ratingsCode,
    ratingsTitle: titles.get(ratingsCode) ?? ratingsCode,
    skills: rated(data.skills, ratingsCode, names),
    ratingDates: monthsOldestFirst(data.skills.filter((r) => r.onet_code === ratingsCode).map((r) => r.date)),
    knowledge: rated(data.knowledge, ratingsCode, names),
    tasks,
    tasksCode,
    education: data.education
      .filter((e) => e.onet_code === educationCode)
      .map((e) => ({ category: e.category, label: EDUCATION_LABELS[e.category] ?? `Category ${e.category}`, percent: e.percent }))
      .sort((a, b) => a.category - b.category),
    educationCode,
    technology: data.technology
      .filter((t) => t.onet_code === code)
      .map((t) => ({ example: t.example, commodity: t.commodity_title, hot: t.hot_technology === 'Y', inDemand: t.in_demand === 'Y' })),
    related: data.related
      .filter((r) => r.onet_code === code)
      .map((r) => ({ code: r.related_code, title: titles.get(r.related_code) ?? r.related_code, tier: r.tier, rank: r.rank }))
      .sort((a, b) => a.rank - b.rank),
  };
}
