import { DataError, dataPath } from './csv';
import type { CertificationRow } from './certifications';
import { reportProblems, type CertificationFact, type CertificationReport } from './certification-facts';
import { roleInterviewProblems, type RoleInterviewRow } from './role-interview';
import { crosswalkProblems, type CrosswalkRow } from './crosswalk';
import type { ExperienceRow } from './experience';
import { newestOewsYear, type OewsRow } from './oews';
import { payId, payRowsFromOews, type PayRow } from './pay';
import type { ProjectionRow } from './projections';
import { onetCrossCheck, onetCrosswalkProblems, type OnetData } from './onet';
import { DATA_FILE_KEYS, dataFile, type DataFileKey, type DataFiles } from './registry';
import type { Role } from './roles';

export interface SiteData {
  /** The folder the files were read from, e.g. `data`. */
  dataDir: string;
  /** Every data file's rows as parsed, by registry key (see registry.ts). */
  files: DataFiles;
  /** The newest May OEWS figures of every crosswalked occupation and of all occupations, as pay rows. */
  pay: PayRow[];
  payById: Map<string, PayRow>;
  certifications: CertificationRow[];
  certificationFacts: CertificationFact[];
  /** Reports behind certification facts the awarding body's own page could not be read for. */
  certificationReports: CertificationReport[];
  roleInterview: RoleInterviewRow[];
  experience: ExperienceRow[];
  /** Roles, each with `pay` set to its crosswalked occupation's newest pay row. */
  roles: Role[];
  /** The BLS occupation and O*NET profile behind each role (data/crosswalk.csv). */
  crosswalk: CrosswalkRow[];
  crosswalkByRole: Map<string, CrosswalkRow>;
  /** BLS OEWS national wage estimates, one row per occupation and May release. */
  oews: OewsRow[];
  /** The newest May release in data/oews.csv, e.g. 2025. */
  oewsYear: number;
  /** BLS Employment Projections, one row per occupation. */
  projections: ProjectionRow[];
  projectionsBySoc: Map<string, ProjectionRow>;
  /** O*NET ratings and role profiles, OEWS May 2024 medians of every occupation (skills pages, role profiles, gaps). */
  onet: OnetData;
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

/**
 * Every data file in `dataDir`, parsed, validated and cross-checked. Reads only the folder it is
 * given; any problem in any file throws one DataError listing them all, which stops the build
 * before a page is written.
 */
export function createSiteData(dataDir: string): SiteData {
  const problems: string[] = [];
  const loaded: Partial<Record<DataFileKey, unknown>> = {};
  // Every file is read even after one fails, so a single run reports all of them.
  for (const key of DATA_FILE_KEYS) {
    try {
      loaded[key] = dataFile(key).load(dataDir);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  const files = loaded as Partial<DataFiles>;
  const path = (name: string) => dataPath(name, dataDir);
  const { roles: parsedRoles, crosswalk, oews, projections, roleInterview } = files;
  if (parsedRoles && crosswalk && oews && projections) {
    problems.push(...crosswalkProblems({ roles: parsedRoles, crosswalk, oews, projections }, { roles: path('roles.csv'), crosswalk: path('crosswalk.csv') }));
  }
  if (roleInterview && parsedRoles) problems.push(...roleInterviewProblems(roleInterview, parsedRoles.map((r) => r.id), path('role-interview.csv')));
  if (files.certificationFacts && files.certificationReports) {
    problems.push(...reportProblems(files.certificationFacts, files.certificationReports, { facts: path('certification-facts.csv'), reports: path('certification-reports.csv') }));
  }
  const onet = onetOf(files);
  if (onet) {
    const onetProblems = onetCrossCheck(onet, path);
    problems.push(...onetProblems);
    if (crosswalk && onetProblems.length === 0) problems.push(...onetCrosswalkProblems(crosswalk, onet, path('crosswalk.csv')));
  }
  if (problems.length > 0 || DATA_FILE_KEYS.some((key) => files[key] === undefined)) throw new DataError([...new Set(problems)]);
  const all = files as DataFiles;

  const oewsYear = newestOewsYear(all.oews);
  const crosswalkByRole = new Map(all.crosswalk.map((c) => [c.role, c]));
  const socs = [...new Set([...all.crosswalk.map((c) => c.soc_code), ALL_OCCUPATIONS])];
  const pay = payRowsFromOews(all.oews, socs, oewsYear);
  const roles = all.roles.map((role) => ({ ...role, pay: [payId(crosswalkByRole.get(role.id)!.soc_code, oewsYear)] }));
  const refs = crossCheck({ pay, experience: all.experience, roles }, { experience: path('experience.csv') });
  if (refs.length > 0) throw new DataError(refs);
  return {
    dataDir, files: all,
    pay, payById: new Map(pay.map((p) => [p.id, p])), certifications: all.certifications, experience: all.experience, roles,
    crosswalk: all.crosswalk, crosswalkByRole, oews: all.oews, oewsYear, projections: all.projections, projectionsBySoc: new Map(all.projections.map((p) => [p.soc_code, p])),
    certificationFacts: all.certificationFacts, certificationReports: all.certificationReports, roleInterview: all.roleInterview, onet: onet!,
  };
}

/** The O*NET files as one object, once all of them have parsed. */
function onetOf(files: Partial<DataFiles>): OnetData | undefined {
  const { skillSources: sources, onetElements: elements, onetOccupations: occupations, onetSkills: skills, onetKnowledge: knowledge, onetTasks: tasks, onetTechnology: technology, onetEducation: education, onetRelated: related, oewsWages: wages } = files;
  if (!sources || !elements || !occupations || !skills || !knowledge || !tasks || !technology || !education || !related || !wages) return undefined;
  return { sources, elements, occupations, skills, knowledge, tasks, technology, education, related, wages };
}

const cache = new Map<string, SiteData>();

/**
 * The site's data for pages and the build: data/ of the project, or the folder PMP_DATA_DIR
 * names (the integration tests build over a scratch copy). Read once per folder per process.
 */
export function loadSiteData(): SiteData {
  const dataDir = process.env.PMP_DATA_DIR ?? 'data';
  let data = cache.get(dataDir);
  if (!data) {
    data = createSiteData(dataDir);
    cache.set(dataDir, data);
  }
  return data;
}

/** A row the site's prose relies on by id; a missing one stops the build rather than printing "undefined". */
export function requireRow<T>(rows: ReadonlyMap<string, T> | readonly (T & { id: string })[], id: string, file: string): T {
  const found = rows instanceof Map ? rows.get(id) : (rows as readonly (T & { id: string })[]).find((r) => r.id === id);
  if (found === undefined) throw new DataError([`${file}:1: id: expected a row with id "${id}" (the dashboards quote it), got none`]);
  return found;
}
