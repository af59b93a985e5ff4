/** An occupation's figures for a role page: May distribution, trend across releases, projection. */
import type { SiteData } from '../data/index';
import type { CrosswalkRow } from '../data/crosswalk';
import type { OewsRow } from '../data/oews';
import type { ProjectionRow } from '../data/projections';
import { occupationName } from '../data/pay';
import { rolePlacement, type RolePlacement } from './placement';

export interface RoleOccupation {
  crosswalk: CrosswalkRow;
  soc: string;
  /** Sentence case, e.g. "Project management specialists". */
  name: string;
  /** The newest May release's row. */
  latest: OewsRow;
  /** One row per May release, oldest first (SOC 2018 releases only). */
  trend: OewsRow[];
  projection: ProjectionRow;
  placement: RolePlacement;
  /** Other roles mapped to the same occupation, in file order. */
  sharedWith: string[];
  /** Of those, the roles the site places at the same point of the distribution. */
  samePlacement: string[];
}

export function roleOccupation(
  data: Pick<SiteData, 'crosswalkByRole' | 'crosswalk' | 'oews' | 'oewsYear' | 'projectionsBySoc'>,
  roleId: string,
): RoleOccupation {
  const crosswalk = data.crosswalkByRole.get(roleId);
  if (!crosswalk) throw new Error(`data/crosswalk.csv: expected a row for role "${roleId}", got none`);
  const soc = crosswalk.soc_code;
  const trend = data.oews.filter((r) => r.soc_code === soc).sort((a, b) => a.year - b.year);
  const latest = trend.find((r) => r.year === data.oewsYear)!;
  const projection = data.projectionsBySoc.get(soc)!;
  return {
    crosswalk,
    soc,
    name: occupationName(latest.occupation),
    latest,
    trend,
    projection,
    placement: rolePlacement(crosswalk.placement, latest),
    sharedWith: data.crosswalk.filter((c) => c.soc_code === soc && c.role !== roleId).map((c) => c.role),
    samePlacement: data.crosswalk
      .filter((c) => c.soc_code === soc && c.role !== roleId && c.placement === crosswalk.placement)
      .map((c) => c.role),
  };
}
