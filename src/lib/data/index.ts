import { DataError, dataPath } from './csv';
import { loadCertifications, type CertificationRow } from './certifications';
import { loadCertificationFacts, type CertificationFact } from './certification-facts';
import { loadRoleInterview, roleInterviewProblems, type RoleInterviewRow } from './role-interview';
import { crosswalkFile, crosswalkProblems, type CrosswalkRow } from './crosswalk';
import { loadExperience, type ExperienceRow } from './experience';
import { newestOewsYear, oewsFile, type OewsRow } from './oews';
import { oewsIndustryFile, type OewsIndustryRow } from './oews-industry';
import { oewsStateFile, type OewsStateRow } from './oews-state';
import { payId, payRowsFromOews, type PayRow } from './pay';
import { projectionsFile, type ProjectionRow } from './projections';
import { loadOnet, onetCrosswalkProblems, type OnetData } from './onet';
import { loadRoles, type Role } from './roles';

export interface SiteData {
  /** The newest May OEWS figures of every crosswalked occupation and of all occupations, as pay rows. */
  pay: PayRow[];
  payById: Map<string, PayRow>;
  certifications: CertificationRow[];
  certificationFacts: CertificationFact[];
  roleInterview: RoleInterviewRow[];
  experience: ExperienceRow[];
  /** Roles, each with `pay` set to its crosswalked occupation's newest pay row. */
  roles: Role[];
  /** The BLS occupation and O*NET profile behind each role (data/crosswalk.csv). */
  crosswalk: CrosswalkRow[];
  crosswalkByRole: Map<string, CrosswalkRow>;
  /** BLS OEWS national wage estimates, one row per occupation and May release. */
  oews: OewsRow[];
  /** The newest May release in data/oews.csv, e.g. 2024. */
  oewsYear: number;
  /** BLS Employment Projections, one row per occupation. */
  projections: ProjectionRow[];
  projectionsBySoc: Map<string, ProjectionRow>;
  /** O*NET ratings and role profiles, OEWS May 2024 medians of every occupation (skills pages, role profiles, gaps). */
  onet: OnetData;
  /** BLS OEWS May 2024 by state (54 areas) and by industry (employment and mean only). */
  oewsState: OewsStateRow[];
  oewsIndustry: OewsIndustryRow[];
}

/** The occupation every comparison with "all occupations" uses. */
export const ALL_OCCUPATIONS = '00-0000';

export interface CrossCheckInput {
  pay: readonly Pick<PayRow, 'id'>[];
  experience: readonly Pick<ExperienceRow, 'id' | 'role' | 'pay_id' | 'line'>[];
  roles: readonly { id: string; line: number }[];
}

/** References between files: every pay id and role id a row names must exist. */
export function crossCheck(input: CrossCheckInput, files = { experience: 'data/experience.csv' }): string[] {
  const payIds = new Set(input.pay.map((p) => p.id));
  const roleIds = new Set(input.roles.map((r) => r.id));
  const problems: string[] = [];
  for (const row of input.experience) {
    if (row.pay_id !== undefined && !payIds.has(row.pay_id)) problems.push(`${files.experience}:${row.line}: pay_id: expected a pay id of data/oews.csv (oews-<soc>-<year>), got "${row.pay_id}"`);
    if (row.role !== undefined && !roleIds.has(row.role)) problems.push(`${files.experience}:${row.line}: role: expected a role id in data/roles.csv, got "${row.role}"`);
  }
  return problems;
}

/** Runs one loader, turning its DataError into collected problems so every file gets reported in one run. */
function collect<T>(load: () => T, problems: string[]): T | undefined {
  try {
    return load();
  } catch (error) {
    if (error instanceof DataError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }
}

let cache: SiteData | undefined;

/**
 * Every data file, parsed, validated and cross-checked once per build. Any problem in any file
 * throws one DataError listing them all, which stops the build before a page is written.
 */
export function loadSiteData(): SiteData {
  if (cache) return cache;
  const problems: string[] = [];
  const certifications = collect(() => loadCertifications(), problems);
  const experience = collect(() => loadExperience(), problems);
  const parsedRoles = collect(() => loadRoles(), problems);
  const crosswalk = collect(() => crosswalkFile.load(), problems);
  const oews = collect(() => oewsFile.load(), problems);
  const projections = collect(() => projectionsFile.load(), problems);
  const certificationFacts = collect(loadCertificationFacts, problems);
  const roleInterview = collect(loadRoleInterview, problems);
  const onet = collect(() => loadOnet(), problems);
  const oewsState = collect(() => oewsStateFile.load(), problems);
  const oewsIndustry = collect(() => oewsIndustryFile.load(), problems);
  if (parsedRoles && crosswalk && oews && projections) {
    problems.push(...crosswalkProblems({ roles: parsedRoles, crosswalk, oews, projections }, { roles: dataPath('roles.csv'), crosswalk: dataPath('crosswalk.csv') }));
  }
  if (roleInterview && parsedRoles) problems.push(...roleInterviewProblems(roleInterview, parsedRoles.map((r) => r.id), dataPath('role-interview.csv')));
  if (crosswalk && onet) problems.push(...onetCrosswalkProblems(crosswalk, onet, dataPath('crosswalk.csv')));
  if (problems.length > 0 || !certifications || !experience || !parsedRoles || !crosswalk || !oews || !projections || !certificationFacts || !roleInterview || !onet || !oewsState || !oewsIndustry) {
    throw new DataError([...new Set(problems)]);
  }

  const oewsYear = newestOewsYear(oews);
  const crosswalkByRole = new Map(crosswalk.map((c) => [c.role, c]));
  const socs = [...new Set([...crosswalk.map((c) => c.soc_code), ALL_OCCUPATIONS])];
  const pay = payRowsFromOews(oews, socs, oewsYear);
  const roles = parsedRoles.map((role) => ({ ...role, pay: [payId(crosswalkByRole.get(role.id)!.soc_code, oewsYear)] }));
  const refs = crossCheck({ pay, experience, roles }, { experience: dataPath('experience.csv') });
  if (refs.length > 0) throw new DataError(refs);
  cache = {
    pay, payById: new Map(pay.map((p) => [p.id, p])), certifications, experience, roles,
    crosswalk, crosswalkByRole, oews, oewsYear, projections, projectionsBySoc: new Map(projections.map((p) => [p.soc_code, p])),
    certificationFacts, roleInterview, onet, oewsState, oewsIndustry,
  };
  return cache;
}

/** A row the site's prose relies on by id; a missing one stops the build rather than printing "undefined". */
export function requireRow<T>(rows: ReadonlyMap<string, T> | readonly (T & { id: string })[], id: string, file: string): T {
  const found = rows instanceof Map ? rows.get(id) : (rows as readonly (T & { id: string })[]).find((r) => r.id === id);
  if (found === undefined) throw new DataError([`${file}:1: id: expected a row with id "${id}" (the dashboards quote it), got none`]);
  return found;
}
