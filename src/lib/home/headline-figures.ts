/**
 * The home page's headline figures: for each BLS occupation the ladder roles map to, its newest
 * OEWS median annual wage and its Employment Projections growth, with the roles it covers. Read
 * from the data files through loadSiteData(); nothing is computed but the choice of rows.
 */
export interface HeadlineInput {
  /** Ladder roles, lowest rung first within each ladder; entry roles are left out by the caller. */
  roles: readonly { id: string; title: string; level: number }[];
  crosswalk: readonly { role: string; soc_code: string }[];
  oews: readonly {
    soc_code: string;
    occupation: string;
    year: number;
    period: string;
    median: number | '#' | '*';
    release: string;
    source_url: string;
  }[];
  projections: readonly {
    soc_code: string;
    base_year: number;
    end_year: number;
    change_pct: number;
    openings_per_year_thousands: number;
    release: string;
    source_url: string;
  }[];
}

export interface HeadlineOccupation {
  soc: string;
  occupation: string;
  roles: { id: string; title: string }[];
  /** Newest May median; undefined when BLS publishes none (`*`) or only "at or above the cap" (`#`). */
  median: number | undefined;
  period: string;
  payRelease: string;
  payUrl: string;
  growthPct: number | undefined;
  /** e.g. { base: 2024, end: 2034 } */
  projection: { base: number; end: number } | undefined;
  openingsPerYear: number | undefined;
  projectionRelease: string | undefined;
  projectionUrl: string | undefined;
}

export function headlineOccupations(input: HeadlineInput): HeadlineOccupation[] {
  const socOf = new Map(input.crosswalk.map((c) => [c.role, c.soc_code]));
  const bySoc = new Map<string, { id: string; title: string; level: number }[]>();
  for (const role of input.roles) {
    const soc = socOf.get(role.id);
    if (soc === undefined) continue;
    bySoc.set(soc, [...(bySoc.get(soc) ?? []), role]);
  }
  const out: HeadlineOccupation[] = [];
  for (const [soc, roles] of bySoc) {
    const newest = input.oews.filter((o) => o.soc_code === soc).sort((a, b) => b.year - a.year)[0];
    if (!newest) continue;
    const projection = input.projections.find((p) => p.soc_code === soc);
    out.push({
      soc,
      occupation: newest.occupation,
      roles: roles.map(({ id, title }) => ({ id, title })),
      median: typeof newest.median === 'number' ? newest.median : undefined,
      period: newest.period,
      payRelease: newest.release,
      payUrl: newest.source_url,
      growthPct: projection?.change_pct,
      projection: projection && { base: projection.base_year, end: projection.end_year },
      // The table gives openings in thousands; a count reads better on a card.
      openingsPerYear: projection && Math.round(projection.openings_per_year_thousands * 1000),
      projectionRelease: projection?.release,
      projectionUrl: projection?.source_url,
    });
  }
  // The occupation of the lowest rungs first; between equals, the one whose role the caller lists first.
  const lowest = (o: HeadlineOccupation) => Math.min(...bySoc.get(o.soc)!.map((r) => r.level));
  const firstListed = (o: HeadlineOccupation) => input.roles.findIndex((r) => r.id === o.roles[0]!.id);
  return out.sort((a, b) => lowest(a) - lowest(b) || firstListed(a) - firstListed(b));
}
