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

export function comparePayFor(data: ComparePayData, a: Role, b: Role): ComparePay {
  const occA = roleOccupation(data, a.id);
  const occB = roleOccupation(data, b.id);
  return {
    change: comparePay(
      { name: titleInSentence(a.title), occupation: occA, pay: rolePay(a, data.payById)[0]! },
      { name: titleInSentence(b.title), occupation: occB, pay: rolePay(b, data.payById)[0]! },
    ),
    items: [
      ...rolePay(a, data.payById).map((row) => item(a.title, row, occA)),
      ...rolePay(b, data.payById).map((row) => item(b.title, row, occB)),
    ],
    period: occB.latest.period,
  };
}
