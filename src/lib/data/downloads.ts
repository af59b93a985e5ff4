import Papa from 'papaparse';
import { CERTIFICATION_COLUMNS, type CertificationRow } from './certifications';
import { CERTIFICATION_FACT_COLUMNS } from './certification-facts';
import { EXPERIENCE_COLUMNS, type ExperienceRow } from './experience';
import type { SiteData } from './index';
import { OUTLOOK_COLUMNS, type OutlookRow } from './outlook';
import { PAY_COLUMNS, payPanelOf, type PayPanelId, type PayRow } from './pay';

type Cell = string | number | undefined;

/** The exact rows one chart draws, as a file readers can download from /data/<file>. */
export interface Dataset {
  file: string;
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

/** CSV text for a dataset: header, then one line per row, empty cells for missing values. */
export function toCsv(dataset: Pick<Dataset, 'columns' | 'rows'>): string {
  const data = dataset.rows.map((row) => dataset.columns.map((c) => {
    const value = row[c];
    return value === undefined ? '' : String(value);
  }));
  return `${Papa.unparse({ fields: [...dataset.columns], data }, { newline: '\n' })}\n`;
}

function plain<T extends { line: number }>(row: T): Record<string, Cell> {
  const { line: _line, ...rest } = row;
  return rest as unknown as Record<string, Cell>;
}

export function payPanelRows(pay: readonly PayRow[], panel: PayPanelId): PayRow[] {
  return pay.filter((row) => payPanelOf(row.measure) === panel);
}

export interface RolePrimaryPay {
  roleId: string;
  roleTitle: string;
  row: PayRow;
}

/** Each role's primary pay row (the first id it lists), for the roles that have one. */
export function rolePrimaryPay(data: Pick<SiteData, 'roles' | 'payById'>): RolePrimaryPay[] {
  return data.roles.flatMap((role) => {
    const row = role.pay[0] === undefined ? undefined : data.payById.get(role.pay[0]);
    return row ? [{ roleId: role.id, roleTitle: role.title, row }] : [];
  });
}

export function pmpPairs(certifications: readonly CertificationRow[]): CertificationRow[] {
  return certifications.filter((row) => row.with_cert !== undefined && row.without_cert !== undefined);
}

const ROLE_PAY_COLUMNS = ['role_id', 'role_title', ...PAY_COLUMNS] as const;
export function rolePayFile(roleId: string, panel: PayPanelId): string {
  return `role-pay-${roleId}-${panel}.csv`;
}

/** Every downloadable file: the full source files, then each chart's rows, then each role's pay rows. */
export function datasets(data: SiteData): Dataset[] {
  const files: Dataset[] = [
    { file: 'pay.csv', columns: PAY_COLUMNS, rows: data.pay.map(plain) },
    { file: 'certifications.csv', columns: CERTIFICATION_COLUMNS, rows: data.certifications.map(plain) },
    { file: 'outlook.csv', columns: OUTLOOK_COLUMNS, rows: data.outlook.map((r: OutlookRow) => plain(r)) },
    { file: 'experience.csv', columns: EXPERIENCE_COLUMNS, rows: data.experience.map((r: ExperienceRow) => plain(r)) },
    { file: 'role-pay-salaries.csv', columns: PAY_COLUMNS, rows: payPanelRows(data.pay, 'salaries').map(plain) },
    { file: 'role-pay-total-compensation.csv', columns: PAY_COLUMNS, rows: payPanelRows(data.pay, 'total-compensation').map(plain) },
    ...(['salaries', 'total-compensation'] as const).map((panel) => ({
      file: `role-pay-primary-${panel}.csv`,
      columns: ROLE_PAY_COLUMNS,
      rows: rolePrimaryPay(data)
        .filter((p) => payPanelOf(p.row.measure) === panel)
        .map((p) => ({ role_id: p.roleId, role_title: p.roleTitle, ...plain(p.row) })),
    })),
    { file: 'certification-pmp-pairs.csv', columns: CERTIFICATION_COLUMNS, rows: pmpPairs(data.certifications).map(plain) },
    { file: 'certification-facts.csv', columns: CERTIFICATION_FACT_COLUMNS, rows: data.certificationFacts.map(plain) },
  ];

  for (const role of data.roles) {
    for (const panel of ['salaries', 'total-compensation'] as const) {
      const rows = role.pay.map((id) => data.payById.get(id)).filter((r): r is PayRow => r !== undefined && payPanelOf(r.measure) === panel);
      if (rows.length > 0) files.push({ file: rolePayFile(role.id, panel), columns: PAY_COLUMNS, rows: rows.map(plain) });
    }
  }
  return files;
}

export function datasetByFile(data: SiteData, file: string): Dataset {
  const found = datasets(data).find((d) => d.file === file);
  if (!found) throw new Error(`No downloadable dataset named ${file}`);
  return found;
}
