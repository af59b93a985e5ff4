import Papa from 'papaparse';
import { readDataFile } from './csv';
import { CERTIFICATION_COLUMNS, type CertificationRow } from './certifications';
import { plainRow, type DownloadCell } from './define';
import type { SiteData } from './index';
import { PAY_COLUMNS, type PayRow } from './pay';
import { DATA_FILE_KEYS, dataFile } from './registry';

type Cell = DownloadCell;

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

export function rolePayFile(roleId: string): string {
  return `role-pay-${roleId}-salaries.csv`;
}

/** Every downloadable file: the data files the registry maps for download, then each chart's rows, then each role's pay rows. */
export function datasets(data: SiteData): Dataset[] {
  const files: Dataset[] = DATA_FILE_KEYS.flatMap((key) => {
    const file = dataFile(key);
    return file.download ? [{ file: file.name, columns: file.columns, rows: file.download(data.files[key]), source: true }] : [];
  });
  files.push(
    { file: 'role-pay-salaries.csv', columns: PAY_COLUMNS, rows: data.pay.map(plainRow), about: "Each crosswalked occupation's newest May wage distribution, as the charts draw it." },
    { file: 'role-pay-primary-salaries.csv', columns: ROLE_PAY_COLUMNS, rows: rolePrimaryPay(data).map((p) => ({ role_id: p.roleId, role_title: p.roleTitle, placement: p.placement, ...plainRow(p.row) })) },
    { file: 'certification-pmp-pairs.csv', columns: CERTIFICATION_COLUMNS, rows: pmpPairs(data.certifications).map(plainRow) },
  );

  for (const role of data.roles) {
    const rows = role.pay.map((id) => data.payById.get(id)).filter((r): r is PayRow => r !== undefined);
    files.push({ file: rolePayFile(role.id), columns: ROLE_PAY_COLUMNS, rows: rows.map((row) => ({ role_id: role.id, role_title: role.title, placement: data.crosswalkByRole.get(role.id)?.placement, ...plainRow(row) })) });
  }
  return files;
}

/**
 * The registry's other files (the O*NET tables, the skills' sources, the interview questions),
 * offered as they are on disk, so every data file can be downloaded as CSV and JSON.
 */
export function otherDataFiles(data: Pick<SiteData, 'dataDir'>, known: readonly Dataset[]): Dataset[] {
  const listed = new Set(known.map((d) => d.file));
  return DATA_FILE_KEYS.map(dataFile)
    .filter((f) => !f.download && !listed.has(f.name))
    .map((f) => f.name)
    .sort()
    .map((file) => {
      const { text } = readDataFile(file, data.dataDir);
      const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
      return { file, columns: parsed.meta.fields ?? [], rows: parsed.data, source: true };
    });
}
