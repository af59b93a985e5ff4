/**
 * The plan as a query string: ?from=<role>&skills=<slug>,<slug>&certs=<slug>&without=<slug>.
 * The page keeps it in the URL (to share and bookmark) and in the browser's storage (to come
 * back to); both hold this same string, read back through readPlanQuery.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../certifications/eligibility';
import type { PlannerIndex } from './types';

/** A vocabulary name as it reads in a URL: "CompTIA Project+" -> "comptia-project-plus". */
export function itemSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface PlanState {
  /** Empty when no role is chosen yet. */
  from: string;
  /** Skills ticked beyond those the chosen role lists. */
  skills: string[];
  certifications: string[];
  /** Skills the chosen role lists that the person unticked. */
  without: string[];
  /** Years of project experience, when given (for the certification answer). */
  years?: number | undefined;
  education?: EducationLevel | undefined;
}

export const EMPTY_PLAN: PlanState = { from: '', skills: [], certifications: [], without: [] };

/** The parameters a plan uses; a query with none of them holds no plan. */
const PARAMS = ['from', 'skills', 'certs', 'without', 'years', 'edu'] as const;

/** Years as the form and the URL accept them: 0 to 50, in half years. */
export function readYears(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 50 ? Math.round(n * 2) / 2 : undefined;
}

export function readEducation(value: string | null): EducationLevel | undefined {
  return (EDUCATION_LEVELS as readonly (string | null)[]).includes(value) ? (value as EducationLevel) : undefined;
}

export function hasPlanParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return PARAMS.some((name) => params.has(name));
}

/**
 * The query string for a state (without "?"). Skills the chosen role lists are implied, so only
 * the ones unticked are written (as `without`); ticked skills it does not list go in `skills`.
 */
export function planQuery(index: PlannerIndex, state: PlanState): string {
  const role = index.roles.get(state.from);
  const own = role?.skills ?? [];
  const skills = index.data.skills.filter((s) => state.skills.includes(s) && !own.includes(s));
  const without = index.data.skills.filter((s) => state.without.includes(s) && own.includes(s));
  const certifications = index.data.certifications.filter((c) => state.certifications.includes(c));
  const parts: string[] = [];
  if (role) parts.push(`from=${encodeURIComponent(role.id)}`);
  if (skills.length > 0) parts.push(`skills=${skills.map(itemSlug).join(',')}`);
  if (certifications.length > 0) parts.push(`certs=${certifications.map(itemSlug).join(',')}`);
  if (without.length > 0) parts.push(`without=${without.map(itemSlug).join(',')}`);
  if (state.years !== undefined) parts.push(`years=${state.years}`);
  if (state.education !== undefined) parts.push(`edu=${state.education}`);
  return parts.join('&');
}

/** Reads a state back from a query string; unknown values are dropped and listed, never guessed. */
export function readPlanQuery(index: PlannerIndex, search: string): { state: PlanState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const list = (name: string, vocabulary: readonly string[], allowed: (item: string) => boolean = () => true) => {
    const bySlug = new Map(vocabulary.map((v) => [itemSlug(v), v]));
    const found: string[] = [];
    for (const value of params.getAll(name).flatMap((v) => v.split(','))) {
      const slug = value.trim();
      if (slug === '') continue;
      const item = bySlug.get(slug);
      if (item === undefined || !allowed(item)) ignored.push(`${name}=${slug}`);
      else if (!found.includes(item)) found.push(item);
    }
    return vocabulary.filter((v) => found.includes(v));
  };
  let from = params.get('from') ?? '';
  if (from !== '' && !index.roles.has(from)) {
    ignored.push(`from=${from}`);
    from = '';
  }
  const own = index.roles.get(from)?.skills ?? [];
  const years = readYears(params.get('years'));
  const education = readEducation(params.get('edu'));
  if (params.has('years') && years === undefined) ignored.push(`years=${params.get('years')}`);
  if (params.has('edu') && education === undefined) ignored.push(`edu=${params.get('edu')}`);
  return {
    state: {
      from,
      skills: list('skills', index.data.skills),
      certifications: list('certs', index.data.certifications),
      // Only a skill the role lists can be unticked.
      without: list('without', index.data.skills, (item) => own.includes(item)),
      ...(years !== undefined ? { years } : {}),
      ...(education !== undefined ? { education } : {}),
    },
    ignored,
  };
}
