/** Builds the offer check's JSON from the site data: each role's occupation, its placement, the state and U.S. cells. */
import type { SiteData } from '../data/index';
import { PERCENTILES } from '../data/oews';
import { occupationName } from '../data/pay';
import { US_AREAS } from '../data/states';
import { titleInSentence } from '../ladder';
import type { OfferCell, OfferData } from './offer';
import { PLACEMENT_RULES } from './placement';
import { roleOccupationCodes, usRowOfRelease } from './state';

export function offerData(data: Pick<SiteData, 'oewsState' | 'oews' | 'crosswalk' | 'roles'>): OfferData {
  const first = data.oewsState[0];
  if (!first) throw new Error('data/oews-state.csv: expected rows (the offer check reads them), got none');
  const year = first.year;
  const socs = roleOccupationCodes(data.crosswalk);
  const cells = (row: Record<(typeof PERCENTILES)[number], OfferCell>): OfferCell[] => PERCENTILES.map((p) => row[p]);
  const occupations: OfferData['occupations'] = {};
  for (const soc of socs) {
    const rows = data.oewsState.filter((r) => r.soc_code === soc);
    const us = usRowOfRelease(data.oews, soc, year);
    if (rows.length === 0 || !us) continue;
    occupations[soc] = {
      name: occupationName(rows[0]!.occupation),
      us: cells(us),
      states: Object.fromEntries(rows.map((r) => [r.state_code, cells(r)])),
    };
  }
  const roles = data.roles.flatMap((role) => {
    const walk = data.crosswalk.find((c) => c.role === role.id);
    if (!walk || !occupations[walk.soc_code]) return [];
    return [
      {
        id: role.id,
        title: role.title,
        soc: walk.soc_code,
        placement: `Where the site places ${titleInSentence(role.title)} in this range (its judgement, not a BLS figure): ${PLACEMENT_RULES[walk.placement].words}. ${walk.why}`,
      },
    ];
  });
  const present = new Set(data.oewsState.map((r) => r.state_code));
  return {
    year,
    topCode: first.top_code,
    areas: US_AREAS.filter((a) => present.has(a.code)).map((a) => ({ code: a.code, name: a.name })),
    roles,
    occupations,
  };
}
