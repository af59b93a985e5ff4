import { certificationFactsFile, certificationReportsFile } from './certification-facts';
import { certificationsFile } from './certifications';
import { crosswalkFile } from './crosswalk';
import type { DataFile } from './define';
import { experienceFile } from './experience';
import { oewsFile } from './oews';
import { onetFiles } from './onet';
import { projectionsFile } from './projections';
import { roleInterviewFile } from './role-interview';
import { rolesFile } from './roles';

/**
 * Every file of data/, one line each: createSiteData() loads them in this order (so one run
 * reports every file's problems), the Data and sources page describes them in this order, and
 * each is offered as CSV and JSON. Adding a data file is one module (defineDataFile) and one line.
 */
export const DATA_FILES = {
  oews: oewsFile,
  projections: projectionsFile,
  crosswalk: crosswalkFile,
  roles: rolesFile,
  certifications: certificationsFile,
  certificationFacts: certificationFactsFile,
  certificationReports: certificationReportsFile,
  experience: experienceFile,
  roleInterview: roleInterviewFile,
  skillSources: onetFiles.sources,
  onetElements: onetFiles.elements,
  onetOccupations: onetFiles.occupations,
  onetSkills: onetFiles.skills,
  onetKnowledge: onetFiles.knowledge,
  onetTasks: onetFiles.tasks,
  onetTechnology: onetFiles.technology,
  onetEducation: onetFiles.education,
  onetRelated: onetFiles.related,
  oewsWages: onetFiles.wages,
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** Each file's parsed rows, by registry key. */
export type DataFiles = { [K in DataFileKey]: ReturnType<(typeof DATA_FILES)[K]['load']> };

export const DATA_FILE_KEYS = Object.keys(DATA_FILES) as DataFileKey[];

/** A registry entry as code that treats every file alike sees it. */
export function dataFile(key: DataFileKey): DataFile<object> {
  return DATA_FILES[key] as DataFile<object>;
}
