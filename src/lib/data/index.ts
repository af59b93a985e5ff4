import { loadRoles, type Role } from '../ladder';
import { DataError, dataPath } from './csv';
import { loadCertifications, type CertificationRow } from './certifications';
import { loadCertificationFacts, type CertificationFact } from './certification-facts';
import { loadRoleInterview, roleInterviewProblems, type RoleInterviewRow } from './role-interview';
import { loadExperience, type ExperienceRow } from './experience';
import { loadOutlook, type OutlookRow } from './outlook';
import { loadPay, type PayRow } from './pay';
import { crosswalkFile, crosswalkProblems, type CrosswalkRow } from './crosswalk';
import { oewsFile, type OewsRow } from './oews';
import { projectionsFile, type ProjectionRow } from './projections';
import { loadOnet, onetCrosswalkProblems, type OnetData } from './onet';

export interface SiteData {
  pay: PayRow[];
  payById: Map<string, PayRow>;
  certifications: CertificationRow[];
  certificationFacts: CertificationFact[];
  roleInterview: RoleInterviewRow[];
  outlook: OutlookRow[];
  experience: ExperienceRow[];
  roles: Role[];
  /** The BLS occupation and O*NET profile behind each role (data/crosswalk.csv). */
  crosswalk: CrosswalkRow[];
  crosswalkByRole: Map<string, CrosswalkRow>;
  /** BLS OEWS national wage estimates, one row per occupation and May release. */
  oews: OewsRow[];
  /** BLS Employment Projections, one row per occupation. */
  projections: ProjectionRow[];
  /** O*NET ratings and role profiles, OEWS May 2024 medians of every occupation (skills pages, role profiles, gaps). */
  onet: OnetData;
}

/** The parts of a role the cross-checks read; the ladders' `Role` satisfies it. */
export interface CheckedRole {
  id: string;
  pay: readonly string[];
  line: number;
}

export interface CrossCheckInput {
  pay: readonly Pick<PayRow, 'id'>[];
  outlook: readonly Pick<OutlookRow, 'id' | 'pay_id' | 'line'>[];
  experience: readonly Pick<ExperienceRow, 'id' | 'role' | 'pay_id' | 'line'>[];
  roles: readonly CheckedRole[];
}

/** References between files: every pay id and role id a row names must exist. */
export function crossCheck(input: CrossCheckInput, files = { outlook: 'data/outlook.csv', experience: 'data/experience.csv', roles: 'data/roles.csv' }): string[] {
  const payIds = new Set(input.pay.map((p) => p.id));
  const roleIds = new Set(input.roles.map((r) => r.id));
  const problems: string[] = [];
  for (const row of input.outlook) {
    if (row.pay_id !== undefined && !payIds.has(row.pay_id)) problems.push(`${files.outlook}:${row.line}: pay_id: expected an id in data/pay.csv, got "${row.pay_id}"`);
  }
  for (const row of input.experience) {
    if (row.pay_id !== undefined && !payIds.has(row.pay_id)) problems.push(`${files.experience}:${row.line}: pay_id: expected an id in data/pay.csv, got "${row.pay_id}"`);
    if (row.role !== undefined && !roleIds.has(row.role)) problems.push(`${files.experience}:${row.line}: role: expected a role id in data/roles.csv, got "${row.role}"`);
  }
  for (const role of input.roles) {
    for (const id of role.pay) {
      if (!payIds.has(id)) problems.push(`${files.roles}:${role.line}: pay: expected ids in data/pay.csv, got "${id}"`);
    }
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
    // Another module's error type that also lists its problems (e.g. the ladders' validation).
    const listed = error instanceof Error ? (error as Error & { problems?: unknown }).problems : undefined;
    if (Array.isArray(listed)) {
      problems.push(...listed.map(String));
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
  const pay = collect(loadPay, problems);
  const certifications = collect(loadCertifications, problems);
  const outlook = collect(loadOutlook, problems);
  const experience = collect(loadExperience, problems);
  const roles = collect(loadRoles, problems);
  const crosswalk = collect(() => crosswalkFile.load(), problems);
  const oews = collect(() => oewsFile.load(), problems);
  const projections = collect(() => projectionsFile.load(), problems);
  const certificationFacts = collect(loadCertificationFacts, problems);
  const roleInterview = collect(loadRoleInterview, problems);
  if (pay && outlook && experience && roles) problems.push(...crossCheck({ pay, outlook, experience, roles }, { outlook: dataPath('outlook.csv'), experience: dataPath('experience.csv'), roles: dataPath('roles.csv') }));
  if (roles && crosswalk && oews && projections) {
    problems.push(...crosswalkProblems({ roles, crosswalk, oews, projections }, { roles: dataPath('roles.csv'), crosswalk: dataPath('crosswalk.csv') }));
  }
  if (roleInterview && roles) problems.push(...roleInterviewProblems(roleInterview, roles.map((r) => r.id), dataPath('role-interview.csv')));
  const onet = collect(() => loadOnet(), problems);
  if (crosswalk && onet) problems.push(...onetCrosswalkProblems(crosswalk, onet, dataPath('crosswalk.csv')));
  if (problems.length > 0 || !onet || !pay || !certifications || !outlook || !experience || !roles || !crosswalk || !oews || !projections || !certificationFacts || !roleInterview) throw new DataError(problems);
  cache = {
    pay, payById: new Map(pay.map((p) => [p.id, p])), certifications, outlook, experience, roles,
    crosswalk, crosswalkByRole: new Map(crosswalk.map((c) => [c.role, c])), oews, projections, certificationFacts, roleInterview, onet,
  };
  return cache;
}

/** A row the site's prose relies on by id; a missing one stops the build rather than printing "undefined". */
export function requireRow<T>(rows: ReadonlyMap<string, T> | readonly (T & { id: string })[], id: string, file: string): T {
  const found = rows instanceof Map ? rows.get(id) : (rows as readonly (T & { id: string })[]).find((r) => r.id === id);
  if (found === undefined) throw new DataError([`${file}:1: id: expected a row with id "${id}" (the dashboards quote it), got none`]);
  return found;
}
