/**
 * What a role page tells search about itself at build time: its short forms, so "TPM" finds it,
 * and its pay line, which the result shows. Build-time only (the role page imports it).
 */
import type { OewsRow, WageColumn } from '../data/oews';
import { formatWage, wageOf } from '../pay/wage';
import { shortFormsOf } from './short-forms';

/** "Median $100,750 a year for project management specialists, all levels (BLS, May 2025)". */
export function medianPayLine(occupation: { name: string; latest: Pick<OewsRow, WageColumn | 'top_code' | 'period'> }): string {
  const median = wageOf(occupation.latest, 'median');
  const name = occupation.name.charAt(0).toLowerCase() + occupation.name.slice(1);
  const figure = median.kind === 'none' ? 'Median not published' : `Median ${formatWage(median)} a year`;
  return `${figure} for ${name}, all levels (BLS, ${occupation.latest.period})`;
}

export function roleSearchMeta(roleId: string, occupation: Parameters<typeof medianPayLine>[0]): Record<string, string> {
  const short = shortFormsOf(roleId);
  return { median: medianPayLine(occupation), ...(short ? { short } : {}) };
}
