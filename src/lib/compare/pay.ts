/**
 * The pay part of a compare page: the like-for-like sentence and the rows of the shared pay-range
 * chart, each role's occupation with the site's stated placement marked where it has one.
 */
import type { SiteData } from '../data';
import type { PayRow } from '../data/pay';
import { rolePay, titleInSentence, type Role } from '../ladder';
import { comparePay, type PayComparison } from '../pay/compare';
import { roleOccupation, type RoleOccupation } from '../pay/occupation';
import { wagePosition } from '../pay/wage';
import { placementWords } from './glance';

export interface ComparePayItem {
  key: string;
  label: string;
  detail: string;
  row: PayRow;
  placement?: { low: number; high: number; label: string; words: string };
}

export interface ComparePay {
  change: PayComparison;
  items: ComparePayItem[];
  /** The release the chart shows, e.g. "May 2025". */
  period: string;
}

type ComparePayData = Pick<SiteData, 'crosswalkByRole' | 'crosswalk' | 'oews' | 'oewsYear' | 'projectionsBySoc' | 'payById'>;

function item(title: string, row: PayRow, occ: RoleOccupation): ComparePayItem {
  const low = wagePosition(occ.placement.low);
  const high = wagePosition(occ.placement.high);
  return {
    key: `${title}-${row.id}`,
    label: title,
    detail: row.label,
    row,
    ...(low !== undefined && high !== undefined ? { placement: { low, high, label: "Site's placement", words: placementWords(occ) } } : {}),
  };
}

/** The label of the one chart row two roles in one occupation share. */
export const BOTH_ROLES = 'Both roles';

export function comparePayFor(data: ComparePayData, a: Role, b: Role): ComparePay {
  const occA = roleOccupation(data, a.id);
  const occB = roleOccupation(data, b.id);
  const rowsA = rolePay(a, data.payById);
  const rowsB = rolePay(b, data.payById);
  // One occupation is one distribution: drawn twice, the two rows would look like two figures. The
  // placements that do differ are in the table above the chart, labelled as the site's.
  const shared = rowsB.length > 0 && rowsA.length === rowsB.length && rowsA.every((r, i) => r.id === rowsB[i]!.id);
  return {
    change: comparePay(
      { name: titleInSentence(a.title), occupation: occA, pay: rowsA[0]! },
      { name: titleInSentence(b.title), occupation: occB, pay: rowsB[0]! },
    ),
    items: shared
      ? rowsA.map((row) => ({ key: `both-${row.id}`, label: BOTH_ROLES, detail: row.label, row }))
      : [...rowsA.map((row) => item(a.title, row, occA)), ...rowsB.map((row) => item(b.title, row, occB))],
    period: occB.latest.period,
  };
}
