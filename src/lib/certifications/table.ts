/**
 * What the certifications page shows in each cell: the fact, and when it rests on published
 * reports rather than the awarding body's own page, who reported it. Pure, so the page only renders.
 */
import type { CertificationFact, CertificationReport, ReportableCell } from '../data/certification-facts';
import { reportsFor } from '../data/certification-facts';

export interface Reporter {
  reporter: string;
  title: string;
  url: string;
}

export interface FactView {
  text: string | undefined;
  /** Empty when the fact was read on the awarding body's page. */
  reportedBy: Reporter[];
}

export interface CertificationView {
  prerequisites: FactView;
  exam: FactView;
  renewal: FactView;
  validity: FactView;
  cost: FactView;
  /** Every reporter behind the row, each site once. */
  reporters: Reporter[];
  /** The pages of the awarding body the facts were read on; empty for a row read only in reports. */
  readAt: string[];
  /** True when one of the row's fact cells is empty. */
  hasGap: boolean;
}

function uniqueReporters(reports: readonly CertificationReport[]): Reporter[] {
  const seen = new Map<string, Reporter>();
  for (const r of reports) if (!seen.has(r.url)) seen.set(r.url, { reporter: r.reporter, title: r.title, url: r.url });
  return [...seen.values()];
}

export function certificationView(fact: CertificationFact, reports: readonly CertificationReport[]): CertificationView {
  const view = (cell: ReportableCell): FactView => ({
    text: fact[cell],
    reportedBy: fact[cell] === undefined ? [] : uniqueReporters(reportsFor(reports, fact.id, cell)),
  });
  const cells = { prerequisites: view('prerequisites'), exam: view('exam'), renewal: view('renewal'), validity: view('validity') };
  return {
    ...cells,
    cost: { text: fact.cost === undefined ? undefined : `${fact.cost} (read ${fact.cost_read})`, reportedBy: [] },
    reporters: uniqueReporters(reports.filter((r) => r.certification === fact.id && fact[r.cell] !== undefined)),
    readAt: [fact.read_at, fact.also_read_at].filter((u): u is string => u !== undefined),
    hasGap: [cells.prerequisites, cells.exam, cells.renewal, cells.validity].some((c) => c.text === undefined) || fact.cost === undefined,
  };
}

/** "as reported by A and B" / "as reported by A, B and C". */
export function reportedByText(reporters: readonly Reporter[]): string {
  const names = [...new Set(reporters.map((r) => r.reporter))];
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `as reported by ${list}`;
}
