import Papa from 'papaparse';
import { readdirSync } from 'node:fs';
import { readDataFile } from './csv';
import { CERTIFICATION_COLUMNS, type CertificationRow } from './certifications';
import { CERTIFICATION_FACT_COLUMNS } from './certification-facts';
import { CROSSWALK_COLUMNS } from './crosswalk';
import { EXPERIENCE_COLUMNS } from './experience';
import type { SiteData } from './index';
import { OEWS_COLUMNS } from './oews';
import { PAY_COLUMNS, type PayRow } from './pay';
import { PROJECTIONS_COLUMNS } from './projections';

type Cell = string | number | undefined;

/** Rows readers can download from /data/<file> (CSV) and, for whole data files, /data/<name>.json. */
export interface Dataset {
  file: string;
  columns: readonly string[];
  rows: Record<string, Cell>[];
  /** A whole file of data/ (as opposed to the rows one chart draws). */
  source?: boolean;
  /** What the file holds, for the Data and sources page. */
  about?: string;
}

/** CSV text for a dataset: header, then one line per row, empty cells for missing values. */
export function toCsv(dataset: Pick<Dataset, 'columns' | 'rows'>): string {
  const data = dataset.rows.map((row) => dataset.columns.map((c) => {
    const value = row[c];
    return value === undefined ? '' : String(value);
  }));
  return `${Papa.unparse({ fields: [...dataset.columns], data }, { newline: '\n' })}\n`;
}

/** JSON text for a dataset: an array of objects keyed by column, missing cells as null. */
export function toJson(dataset: Pick<Dataset, 'columns' | 'rows'>): string {
  return `${JSON.stringify(dataset.rows.map((row) => Object.fromEntries(dataset.columns.map((c) => [c, row[c] ?? null]))), null, 1)}\n`;
}

function plain(row: object): Record<string, Cell> {
  const { line: _line, ...rest } = row as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : (v as Cell)]));
}

export interface RolePrimaryPay {
  roleId: string;
  roleTitle: string;
  row: PayRow;
  placement: string;
}

/** Each role's pay row (its occupation's newest May figures) and the site's placement in it. */
export function rolePrimaryPay(data: Pick<SiteData, 'roles' | 'payById' | 'crosswalkByRole'>): RolePrimaryPay[] {
  return data.roles.flatMap((role) => {
    const row = role.pay[0] === undefined ? undefined : data.payById.get(role.pay[0]);
    return row ? [{ roleId: role.id, roleTitle: role.title, row, placement: data.crosswalkByRole.get(role.id)?.placement ?? '' }] : [];
  });
}

export function pmpPairs(certifications: readonly CertificationRow[]): CertificationRow[] {
  return certifications.filter((row) => row.with_cert !== undefined && row.without_cert !== undefined);
}

const ROLE_PAY_COLUMNS = ['role_id', 'role_title', 'placement', ...PAY_COLUMNS] as const;
const ROLE_COLUMNS = ['id', 'title', 'also_called', 'track', 'level', 'years_min', 'years_max', 'years_source', 'summary', 'what_changes', 'responsibilities', 'skills', 'certifications', 'leads_to'] as const;

export function rolePayFile(roleId: string, panel: 'salaries' = 'salaries'): string {
  return `role-pay-${roleId}-${panel}.csv`;
}

/** Every downloadable file: the data files themselves, then each chart's rows, then each role's pay rows. */
export function datasets(data: SiteData): Dataset[] {
  const files: Dataset[] = [
    { file: 'oews.csv', columns: OEWS_COLUMNS, rows: data.oews.map(plain), source: true, about: 'BLS OEWS national wage estimates: employment, mean and percentile annual wages, one row per occupation and May release.' },
    { file: 'projections.csv', columns: PROJECTIONS_COLUMNS, rows: data.projections.map(plain), source: true, about: 'BLS Employment Projections: employment, change, openings a year, education, experience and training, one row per occupation.' },
    { file: 'crosswalk.csv', columns: CROSSWALK_COLUMNS, rows: data.crosswalk.map(plain), source: true, about: "The BLS occupation and O*NET profile behind each role, why, what it covers and excludes, and the site's placement of the role." },
    { file: 'roles.csv', columns: ROLE_COLUMNS, rows: data.roles.map((r) => plain({ id: r.id, title: r.title, also_called: r.alsoCalled, track: r.track, level: r.level, years_min: r.yearsMin, years_max: r.yearsMax, years_source: r.yearsSource, summary: r.summary, what_changes: r.whatChanges, responsibilities: r.responsibilities, skills: r.skills, certifications: r.certifications, leads_to: r.leadsTo })), source: true, about: 'The roles, their ladders and rungs, skills, certifications and moves.' },
    { file: 'certifications.csv', columns: CERTIFICATION_COLUMNS, rows: data.certifications.map(plain), source: true, about: "PMI Earning Power salary surveys: certified and uncertified practitioners' pay (self-reported)." },
    { file: 'certification-facts.csv', columns: CERTIFICATION_FACT_COLUMNS, rows: data.certificationFacts.map(plain), source: true, about: 'Facts about each certification (awarding body, eligibility, exam), each with its source.' },
    { file: 'experience.csv', columns: EXPERIENCE_COLUMNS, rows: data.experience.map(plain), source: true, about: 'PMI salary surveys by years holding the PMP or years in project management (self-reported).' },
    { file: 'role-pay-salaries.csv', columns: PAY_COLUMNS, rows: data.pay.map(plain), about: "Each crosswalked occupation's newest May wage distribution, as the charts draw it." },
    { file: 'role-pay-primary-salaries.csv', columns: ROLE_PAY_COLUMNS, rows: rolePrimaryPay(data).map((p) => ({ role_id: p.roleId, role_title: p.roleTitle, placement: p.placement, ...plain(p.row) })) },
    { file: 'certification-pmp-pairs.csv', columns: CERTIFICATION_COLUMNS, rows: pmpPairs(data.certifications).map(plain) },
  ];

  for (const role of data.roles) {
    const rows = role.pay.map((id) => data.payById.get(id)).filter((r): r is PayRow => r !== undefined);
    files.push({ file: rolePayFile(role.id), columns: ROLE_PAY_COLUMNS, rows: rows.map((row) => ({ role_id: role.id, role_title: role.title, placement: data.crosswalkByRole.get(role.id)?.placement, ...plain(row) })) });
  }
  return files;
}

export function datasetByFile(data: SiteData, file: string): Dataset {
  const found = datasets(data).find((d) => d.file === file);
  if (!found) throw new Error(`No downloadable dataset named ${file}`);
  return found;
}

/**
 * Data files no dataset above describes (the O*NET tables, the skills' sources, the interview
 * questions), offered as they are in data/, so every data file can be downloaded as CSV and JSON.
 */
export function otherDataFiles(known: readonly Dataset[], dataDir = process.env.PMP_DATA_DIR ?? 'data'): Dataset[] {
  const listed = new Set(known.map((d) => d.file));
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.csv') && !listed.has(f))
    .sort()
    .map((file) => {
      const { text } = readDataFile(file, dataDir);
      const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
      return { file, columns: parsed.meta.fields ?? [], rows: parsed.data, source: true };
    });
}
