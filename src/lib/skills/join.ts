import { mean } from 'd3-array';
import type { Rating, WageRow } from '../data/onet';

/** One point of the analysis: a published OEWS wage and the O*NET occupations that share it. */
export interface WageGroup {
  socCode: string;
  title: string;
  wage: number;
  onetCodes: string[];
  /** Element id -> mean importance and level over the group's rated O*NET occupations. */
  ratings: Map<string, { importance: number; level: number }>;
}

export type ExclusionReason = 'no-wage-row' | 'wage-not-available' | 'wage-top-coded';

export interface ExcludedOccupation {
  onetCode: string;
  title: string;
  socCode: string;
  reason: ExclusionReason;
}

export interface Joined {
  groups: WageGroup[];
  excluded: ExcludedOccupation[];
  /** Rated O*NET occupations before the join. */
  ratedCount: number;
  /** How many O*NET occupations share a wage with another one. */
  sharedCount: number;
  /** Groups whose wage is OEWS's broad-level aggregate because it publishes no detailed line. */
  broadCount: number;
  /** Groups whose wage is an OEWS combined code (e.g. 21-1018 for 21-1011 and 21-1014). */
  combinedCount: number;
}

/** O*NET-SOC 15-1299.09 belongs to SOC 15-1299: the first seven characters. */
export function socOf(onetCode: string): string {
  return onetCode.slice(0, 7);
}

/**
 * OEWS publishes some SOC occupations only under a combined code of its own within the same broad
 * group (21-1018 for 21-1011 and 21-1014; 53-1047 for 53-1042 and 53-1043). Such a code is a
 * detailed OEWS line that no O*NET occupation carries; when the broad group has exactly one, it is
 * the occupation's wage. Two or more would be ambiguous, so the occupation is left out instead.
 */
function combinedCode(soc: string, wages: readonly { soc_code: string }[], onetSocs: ReadonlySet<string>): string | undefined {
  const broad = soc.slice(0, 6);
  const candidates = wages.filter((w) => w.soc_code.startsWith(broad) && !w.soc_code.endsWith('0') && !onetSocs.has(w.soc_code));
  return candidates.length === 1 ? candidates[0]!.soc_code : undefined;
}

/**
 * Matches each rated O*NET occupation to its OEWS median. Where OEWS publishes only a broad group
 * (13-1020 for 13-1021..13-1023) or a combined code (see combinedCode), the occupation takes that
 * wage. O*NET occupations that share one wage are averaged into one point, so each published wage
 * counts once. `titles` holds every O*NET occupation, rated or not, so combined codes can be told
 * from O*NET's own.
 */
export function joinWages(
  ratings: readonly Pick<Rating, 'onet_code' | 'element_id' | 'importance' | 'level'>[],
  wages: readonly Pick<WageRow, 'soc_code' | 'title' | 'a_median'>[],
  titles: ReadonlyMap<string, string>,
): Joined {
  const wageBySoc = new Map(wages.map((w) => [w.soc_code, w]));
  const byCode = new Map<string, Map<string, { importance: number; level: number }>>();
  for (const r of ratings) {
    const m = byCode.get(r.onet_code) ?? new Map();
    m.set(r.element_id, { importance: r.importance, level: r.level });
    byCode.set(r.onet_code, m);
  }
  const onetSocs = new Set([...titles.keys(), ...byCode.keys()].map(socOf));
  const excluded: ExcludedOccupation[] = [];
  const members = new Map<
    string,
    { wage: WageRow | Pick<WageRow, 'soc_code' | 'title' | 'a_median'>; codes: string[]; broad: boolean; combined: boolean }
  >();
  for (const code of [...byCode.keys()].sort()) {
    const soc = socOf(code);
    const broadCode = `${soc.slice(0, 6)}0`;
    const combined = wageBySoc.has(soc) || wageBySoc.has(broadCode) ? undefined : combinedCode(soc, wages, onetSocs);
    const wage = wageBySoc.get(soc) ?? wageBySoc.get(broadCode) ?? (combined === undefined ? undefined : wageBySoc.get(combined));
    const title = titles.get(code) ?? code;
    if (!wage) {
      excluded.push({ onetCode: code, title, socCode: soc, reason: 'no-wage-row' });
      continue;
    }
    if (wage.a_median === '#') excluded.push({ onetCode: code, title, socCode: wage.soc_code, reason: 'wage-top-coded' });
    else if (!/^\d+$/.test(wage.a_median)) excluded.push({ onetCode: code, title, socCode: wage.soc_code, reason: 'wage-not-available' });
    else {
      const entry = members.get(wage.soc_code) ?? {
        wage,
        codes: [],
        broad: wage.soc_code === broadCode,
        combined: wage.soc_code === combined,
      };
      entry.codes.push(code);
      members.set(wage.soc_code, entry);
    }
  }
  const groups: WageGroup[] = [...members.values()].map(({ wage, codes }) => {
    const ratingsOf = new Map<string, { importance: number; level: number }>();
    const elements = new Set(codes.flatMap((c) => [...byCode.get(c)!.keys()]));
    for (const id of elements) {
      const present = codes.map((c) => byCode.get(c)!.get(id)).filter((v) => v !== undefined);
      ratingsOf.set(id, { importance: mean(present, (v) => v.importance)!, level: mean(present, (v) => v.level)! });
    }
    return { socCode: wage.soc_code, title: wage.title, wage: Number(wage.a_median), onetCodes: codes, ratings: ratingsOf };
  });
  groups.sort((a, b) => a.socCode.localeCompare(b.socCode));
  return {
    groups,
    excluded,
    ratedCount: byCode.size,
    sharedCount: groups.filter((g) => g.onetCodes.length > 1).reduce((n, g) => n + g.onetCodes.length, 0),
    broadCount: [...members.values()].filter((m) => m.broad).length,
    combinedCount: [...members.values()].filter((m) => m.combined).length,
  };
}
