/**
 * The role graph: tracks with their rungs, the moves between roles, and comparisons of two roles.
 * Role rows and their vocabularies come from src/lib/data/roles.ts.
 */
import { loadSiteData } from '../data/index';
import type { PayRow } from '../data/pay';
import { difference, type Difference } from '../compare/difference';
import { TRACK_IDS, TRACK_INFO, type Role, type TrackId, type TrackInfo } from '../data/roles';

export { CERTIFICATIONS, SKILLS, TRACK_IDS, TRACK_INFO, YEARS_ESTIMATE } from '../data/roles';
export type { LadderTrackId, Role, TrackId, TrackInfo } from '../data/roles';
export { checkGuideRoles, faqsForRole, guidesForRole, mentionsRole, type GuideLike } from '../guides/roles';

export interface Track extends TrackInfo {
  /** Lowest rung first. */
  roles: Role[];
}

export type MoveKind = 'step' | 'cross-track' | 'entry';

export interface Move {
  from: string;
  to: string;
  /** step: up its own ladder; cross-track: onto another ladder; entry: from a role before project management. */
  kind: MoveKind;
}

export function roleById(roles: readonly Role[] = loadSiteData().roles): Map<string, Role> {
  return new Map(roles.map((r) => [r.id, r]));
}

/** The role with this id; throws so a bad id in a page stops the build instead of rendering a gap. */
export function getRole(id: string, roles: readonly Role[] = loadSiteData().roles): Role {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`Unknown role id "${id}": expected an id from data/roles.csv`);
  return role;
}

export function moveKind(from: Role, to: Role): MoveKind {
  if (from.track === 'entry') return 'entry';
  return from.track === to.track ? 'step' : 'cross-track';
}

/** The role graph: every track with its rungs, and every move a "leads to" cell declares. */
export interface LadderGraph {
  roles: Role[];
  byId: Map<string, Role>;
  tracks: Track[];
  moves: Move[];
}

export function buildGraph(roles: readonly Role[]): LadderGraph {
  const byId = roleById(roles);
  const tracks: Track[] = TRACK_IDS.map((id) => ({
    ...TRACK_INFO[id],
    roles: roles.filter((r) => r.track === id).sort((a, b) => a.level - b.level || a.line - b.line),
  }));
  const moves: Move[] = roles.flatMap((from) =>
    from.leadsTo.flatMap((toId) => {
      const to = byId.get(toId);
      return to ? [{ from: from.id, to: toId, kind: moveKind(from, to) }] : [];
    }),
  );
  return { roles: [...roles], byId, tracks, moves };
}

export function getGraph(): LadderGraph {
  return buildGraph(loadSiteData().roles);
}

/** Every track (the ladders, the TPM management branch, then the entry roles), each with its roles lowest rung first. */
export function getTracks(roles: readonly Role[] = loadSiteData().roles): Track[] {
  return buildGraph(roles).tracks;
}

export function getLadderTracks(roles: readonly Role[] = loadSiteData().roles): Track[] {
  return getTracks(roles).filter((t) => t.kind === 'ladder');
}

/** A title as it reads mid-sentence: "senior IT project manager", keeping acronyms such as IT and TPM. */
export function titleInSentence(title: string): string {
  return title.replace(/[A-Za-z][\w-]*/g, (word) => (/^[A-Z0-9-]{2,}$/.test(word) ? word : word.toLowerCase()));
}

/**
 * A title short enough for a narrow box: "Senior TPM", "Director of TPM". TPM is the name the
 * trade itself uses, so nothing is lost; technical project manager keeps its full title.
 */
export function shortTitle(title: string): string {
  return title.replace(/technical program manage(r|ment)\b/i, 'TPM');
}

/**
 * The row a rung is drawn on beside the other ladders: its level, lifted on a branch to sit beside
 * the rung of its parent ladder where the branch starts.
 */
export function drawnLevel(role: Role): number {
  const branch = TRACK_INFO[role.track].branch;
  return branch ? role.level + branch.besideLevel - 1 : role.level;
}

/** The branches that leave a ladder, such as TPM management off technical program management. */
export function branchesOf(graph: LadderGraph, trackId: TrackId): Track[] {
  return graph.tracks.filter((t) => t.branch?.of === trackId);
}

export function trackName(id: TrackId): string {
  return TRACK_INFO[id].name;
}

/** Roles that list `id` in their "leads to", in file order. */
export function comesFrom(graph: LadderGraph, id: string): Role[] {
  return graph.moves.filter((m) => m.to === id).map((m) => graph.byId.get(m.from)!);
}

export function leadsTo(graph: LadderGraph, id: string): Role[] {
  return graph.moves.filter((m) => m.from === id).map((m) => graph.byId.get(m.to)!);
}

/** Each pair of neighbouring rungs on every ladder, lower rung first. */
export function adjacentPairs(graph: LadderGraph): Array<[Role, Role]> {
  return graph.tracks
    .filter((t) => t.kind === 'ladder')
    .flatMap((t) => t.roles.slice(1).map((higher, i): [Role, Role] => [t.roles[i]!, higher]));
}

/**
 * The pairs that get a static comparison page: neighbouring rungs, plus every declared move
 * (so each "leads to" link on a role page can offer a comparison). Lower or source role first.
 */
export function comparePairs(graph: LadderGraph): Array<[Role, Role]> {
  const pairs = new Map<string, [Role, Role]>();
  for (const pair of adjacentPairs(graph)) pairs.set(`${pair[0].id} ${pair[1].id}`, pair);
  for (const move of graph.moves) {
    const key = `${move.from} ${move.to}`;
    if (!pairs.has(key)) pairs.set(key, [graph.byId.get(move.from)!, graph.byId.get(move.to)!]);
  }
  return [...pairs.values()];
}

export type { Difference } from '../compare/difference';

export interface RoleComparison {
  a: Role;
  b: Role;
  skills: Difference;
  certifications: Difference;
}

export function compareRoles(a: Role, b: Role): RoleComparison {
  return { a, b, skills: difference(a.skills, b.skills), certifications: difference(a.certifications, b.certifications) };
}

/** How a role's typical years read on a page, and what they rest on. */
export interface YearsText {
  /** e.g. "3–5 years", "5 years or more"; "Not cited" when there is no figure. */
  value: string;
  /** e.g. "the site's estimate", or the source of the pay row that states the years. */
  basis: string;
  estimate: boolean;
  /** A few words for pictures: "estimate", "not cited" or the source's short name, e.g. "BLS 2022". */
  short: string;
}

export function describeYears(role: Role): YearsText {
  const { yearsMin: min, yearsMax: max } = role;
  if (min === undefined)
    return { value: 'Not cited', basis: 'no source gives typical years for this role', estimate: false, short: 'not cited' };
  const value = max === undefined ? `${min} years or more` : min === max ? `${min} years` : `${min}–${max} years`;
  return {
    value,
    basis: "the site's editorial estimate; BLS gives experience for whole occupations, not rungs",
    estimate: true,
    short: 'estimate',
  };
}

/**
 * Whether a pay row describes an occupation as a whole (a BLS SOC code or group, all levels)
 * or a job title, so pages never pass an occupation's figure off as one rung's.
 */
export function payScope(row: Pick<PayRow, 'source_kind'>): 'occupation' | 'job-title' {
  return row.source_kind === 'government' ? 'occupation' : 'job-title';
}

/** The pay rows a role cites, primary first. */
export function rolePay(role: Role, pay: ReadonlyMap<string, PayRow> = loadSiteData().payById): PayRow[] {
  return role.pay.map((id) => {
    const row = pay.get(id);
    if (!row) throw new Error(`data/crosswalk.csv: ${role.id}: expected a pay row "${id}" from data/oews.csv, got none`);
    return row;
  });
}
