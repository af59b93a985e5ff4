import { z } from 'astro/zod';
import { DataError, cell, parseCsv, readDataFile } from './data/csv';
import { loadPay, type PayRow } from './data/pay';
import { payTag } from './ladder/format';
import { difference, type Difference } from './compare/difference';

/** The fixed track ids shared with the other parts of the site, in the order pages show them. */
export const TRACK_IDS = ['project-management', 'it-project-management', 'technical-program-management', 'entry'] as const;
export type TrackId = (typeof TRACK_IDS)[number];
export type LadderTrackId = Exclude<TrackId, 'entry'>;

export interface TrackInfo {
  id: TrackId;
  name: string;
  /** One sentence a ladder page opens with. */
  description: string;
  /** Ladders have rungs (levels 1 and up); the entry "track" holds the roles people come from (level 0). */
  kind: 'ladder' | 'entry';
}

export const TRACK_INFO: Readonly<Record<TrackId, TrackInfo>> = {
  'project-management': {
    id: 'project-management',
    name: 'Project management',
    description: 'The general ladder, open to people from any background: coordinate first, then run projects, then lead the largest ones.',
    kind: 'ladder',
  },
  'it-project-management': {
    id: 'it-project-management',
    name: 'IT project management',
    description: 'Project management of technology work inside an organisation, rising from single IT projects to programmes of them.',
    kind: 'ladder',
  },
  'technical-program-management': {
    id: 'technical-program-management',
    name: 'Technical program management',
    description: 'Project and programme roles that need hands-on technical understanding, common at software and technology companies.',
    kind: 'ladder',
  },
  entry: {
    id: 'entry',
    name: 'Before project management',
    description: 'The roles people most often move from into their first project job.',
    kind: 'entry',
  },
};

/**
 * The one vocabulary for certifications. The planner and the certification dashboard match on
 * these names, so a role may only list names from here; their awarding bodies are named in prose.
 */
export const CERTIFICATIONS = ['PMP', 'CAPM', 'PRINCE2', 'CSM', 'ITIL', 'CompTIA Project+', 'Cisco CCNA'] as const;

/** The one vocabulary for skills; the skills dashboard groups pay by these names. */
export const SKILLS = [
  'Team leadership',
  'Agile software development',
  'Strategic project management',
  'Basic technical analysis',
  'Basic project management',
  'Stakeholder communication',
  'Risk management',
  'Budgeting',
  'Scheduling',
  'Resource planning',
  'Scrum',
  'Kanban',
  'Software development lifecycle',
  'Programming',
  'Requirements analysis',
  'Troubleshooting',
  'IT service management',
  'Business acumen',
  'Vendor negotiation',
  'Conflict resolution',
  'Problem-solving',
  'Time management',
  'Reporting',
  'Project management tools',
  'Collaboration tools',
] as const;

/** `years_source` value for years the site estimates itself because no source gives them. */
export const YEARS_ESTIMATE = 'estimate';

const ROLE_COLUMNS = [
  'id', 'title', 'also_called', 'track', 'level', 'years_min', 'years_max', 'years_source', 'summary',
  'responsibilities', 'skills', 'certifications', 'leads_to', 'pay', 'pay_note',
] as const;

const wholeNumber = () =>
  z.string({ error: 'expected a whole number' }).regex(/^\d+$/, 'expected a whole number such as 3').transform(Number);

const roleRow = z.object({
  id: cell.id(),
  title: cell.text(),
  also_called: cell.list(),
  track: cell.oneOf(TRACK_IDS),
  level: wholeNumber(),
  years_min: wholeNumber().optional(),
  years_max: wholeNumber().optional(),
  years_source: cell.optionalText(),
  summary: cell.text(),
  responsibilities: cell.list(),
  skills: cell.list(),
  certifications: cell.list(),
  leads_to: cell.list(),
  pay: cell.list(),
  pay_note: cell.optionalText(),
});

export interface Role {
  id: string;
  title: string;
  /** Other titles the same job goes by, e.g. "Associate project manager". */
  alsoCalled: string[];
  track: TrackId;
  /** 1 = lowest rung of its track; entry roles are 0. */
  level: number;
  /** Typical years of experience; undefined when no figure is given (entry roles). */
  yearsMin: number | undefined;
  yearsMax: number | undefined;
  /** `estimate` (the site's own editorial estimate) or the id of the pay row whose source states the years. */
  yearsSource: string | undefined;
  summary: string;
  responsibilities: string[];
  skills: string[];
  certifications: string[];
  leadsTo: string[];
  /** Ids in data/pay.csv, first = primary; empty = no cited figure. */
  pay: string[];
  /** What the pay figures do and do not describe for this role. */
  payNote: string | undefined;
  line: number;
}

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

export interface ParseRolesOptions {
  /** Ids of data/pay.csv rows; when given, every `pay` and `years_source` id must be one of them. */
  payIds?: ReadonlySet<string>;
}

/** Field-level checks on one row that zod cannot express alone. */
function rowProblems(file: string, role: Role, payIds: ReadonlySet<string> | undefined): string[] {
  const at = `${file}:${role.line}`;
  const problems: string[] = [];
  const isEntry = role.track === 'entry';
  if (isEntry && role.level !== 0) problems.push(`${at}: level: expected 0 for a role on the entry track, got ${role.level}`);
  if (!isEntry && role.level < 1) problems.push(`${at}: level: expected 1 or more on the ladder track "${role.track}", got ${role.level}`);

  const hasYears = role.yearsMin !== undefined || role.yearsMax !== undefined;
  if (hasYears && role.yearsMin === undefined) problems.push(`${at}: years_min: expected a number when years_max is given, got nothing`);
  if (hasYears && role.yearsSource === undefined) problems.push(`${at}: years_source: expected "${YEARS_ESTIMATE}" or a pay id saying where the years come from, got nothing`);
  if (!hasYears && role.yearsSource !== undefined) problems.push(`${at}: years_min: expected a number because years_source is given, got nothing`);
  if (role.yearsMin !== undefined && role.yearsMax !== undefined && role.yearsMax < role.yearsMin) {
    problems.push(`${at}: years_max: expected at least years_min (${role.yearsMin}), got ${role.yearsMax}`);
  }
  if (!isEntry && !hasYears) problems.push(`${at}: years_min: expected typical years for a rung of a ladder (mark them "${YEARS_ESTIMATE}" if no source gives them), got nothing`);
  if (payIds && role.yearsSource !== undefined && role.yearsSource !== YEARS_ESTIMATE && !payIds.has(role.yearsSource)) {
    problems.push(`${at}: years_source: expected "${YEARS_ESTIMATE}" or an id from data/pay.csv, got "${role.yearsSource}"`);
  }

  for (const id of role.pay) {
    if (payIds && !payIds.has(id)) problems.push(`${at}: pay: expected ids from data/pay.csv, got "${id}"`);
  }
  if (new Set(role.pay).size !== role.pay.length) problems.push(`${at}: pay: expected each pay id once, got ${role.pay.join('; ')}`);
  if (role.payNote !== undefined && role.pay.length === 0) problems.push(`${at}: pay_note: expected no note when pay is empty, got "${role.payNote}"`);

  const skills: readonly string[] = SKILLS;
  const certifications: readonly string[] = CERTIFICATIONS;
  for (const skill of role.skills) {
    if (!skills.includes(skill)) problems.push(`${at}: skills: expected names from the skills vocabulary in src/lib/ladder.ts, got "${skill}"`);
  }
  for (const cert of role.certifications) {
    if (!certifications.includes(cert)) problems.push(`${at}: certifications: expected one of ${CERTIFICATIONS.join(', ')}, got "${cert}"`);
  }
  if (role.responsibilities.length === 0) problems.push(`${at}: responsibilities: expected at least one responsibility, got nothing`);
  if (role.skills.length === 0) problems.push(`${at}: skills: expected at least one skill, got nothing`);
  if (isEntry && role.leadsTo.length === 0) problems.push(`${at}: leads_to: expected at least one role an entry role leads to, got nothing`);
  return problems;
}

/** Each track's levels must run 1, 2, 3… with exactly one role on each, so a ladder has no gaps. */
function levelProblems(file: string, roles: readonly Role[]): string[] {
  const problems: string[] = [];
  for (const track of TRACK_IDS) {
    if (TRACK_INFO[track].kind !== 'ladder') continue;
    const onTrack = roles.filter((r) => r.track === track && r.level >= 1);
    if (onTrack.length === 0) {
      problems.push(`${file}:1: track: expected at least one role on track "${track}", got none`);
      continue;
    }
    const byLevel = new Map<number, Role>();
    for (const role of onTrack) {
      const other = byLevel.get(role.level);
      if (other) problems.push(`${file}:${role.line}: level: expected one role per level of track "${track}", got level ${role.level} again (already "${other.id}" on line ${other.line})`);
      else byLevel.set(role.level, role);
    }
    const top = Math.max(...byLevel.keys());
    for (let level = 1; level < top; level++) {
      if (byLevel.has(level)) continue;
      const above = [...byLevel.values()].filter((r) => r.level > level).sort((a, b) => a.level - b.level)[0]!;
      problems.push(`${file}:${above.line}: level: expected a role at level ${level} of track "${track}" below this level ${above.level}, got none`);
    }
  }
  return problems;
}

function moveProblems(file: string, roles: readonly Role[]): string[] {
  const problems: string[] = [];
  const byId = new Map(roles.map((r) => [r.id, r]));
  for (const role of roles) {
    for (const target of role.leadsTo) {
      const to = byId.get(target);
      if (!to) problems.push(`${file}:${role.line}: leads_to: expected ids of roles in ${file}, got "${target}"`);
      else if (to.track === 'entry') problems.push(`${file}:${role.line}: leads_to: expected a role on a ladder track, got entry role "${target}"`);
    }
    if (new Set(role.leadsTo).size !== role.leadsTo.length) problems.push(`${file}:${role.line}: leads_to: expected each role once, got ${role.leadsTo.join('; ')}`);
  }
  problems.push(...cycleProblems(file, roles, byId));
  return problems;
}

/** Depth-first search for cycles in "leads to"; each cycle is reported once, at its first role in file order. */
function cycleProblems(file: string, roles: readonly Role[], byId: ReadonlyMap<string, Role>): string[] {
  const problems: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const path: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    path.push(id);
    for (const next of byId.get(id)?.leadsTo ?? []) {
      if (!byId.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const first = cycle.map((c) => byId.get(c)!).sort((a, b) => a.line - b.line)[0]!;
          const start = cycle.indexOf(first.id);
          const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first.id];
          problems.push(`${file}:${first.line}: leads_to: expected no cycle of moves, got ${ordered.join(' -> ')}`);
        }
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const role of roles) if (!state.has(role.id)) visit(role.id);
  return problems;
}

/** Parses and validates data/roles.csv text; throws DataError listing every problem found. */
export function parseRoles(text: string, file = 'data/roles.csv', options: ParseRolesOptions = {}): Role[] {
  const { rows, problems } = parseCsv(text, { file, columns: ROLE_COLUMNS, row: roleRow });
  const roles: Role[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    alsoCalled: row.also_called,
    track: row.track,
    level: row.level,
    yearsMin: row.years_min,
    yearsMax: row.years_max,
    yearsSource: row.years_source,
    summary: row.summary,
    responsibilities: row.responsibilities,
    skills: row.skills,
    certifications: row.certifications,
    leadsTo: row.leads_to,
    pay: row.pay,
    payNote: row.pay_note,
    line: row.line,
  }));
  // Graph checks on a file whose rows did not all parse would report misleading gaps and unknown ids.
  if (problems.length > 0) throw new DataError(problems);

  const seen = new Map<string, number>();
  for (const role of roles) {
    const first = seen.get(role.id);
    if (first !== undefined) problems.push(`${file}:${role.line}: id: expected a unique id, got "${role.id}" already used on line ${first}`);
    else seen.set(role.id, role.line);
    problems.push(...rowProblems(file, role, options.payIds));
  }
  problems.push(...levelProblems(file, roles), ...moveProblems(file, roles));
  if (problems.length > 0) throw new DataError(problems);
  return roles;
}

let cache: Role[] | undefined;

/** Roles from data/roles.csv, validated against data/pay.csv once per build. */
export function loadRoles(): Role[] {
  if (!cache) {
    const { file, text } = readDataFile('roles.csv');
    cache = parseRoles(text, file, { payIds: new Set(loadPay().map((p) => p.id)) });
  }
  return cache;
}

export function roleById(roles: readonly Role[] = loadRoles()): Map<string, Role> {
  return new Map(roles.map((r) => [r.id, r]));
}

/** The role with this id; throws so a bad id in a page stops the build instead of rendering a gap. */
export function getRole(id: string, roles: readonly Role[] = loadRoles()): Role {
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
  return buildGraph(loadRoles());
}

/** All four tracks (three ladders, then the entry roles), each with its roles lowest rung first. */
export function getTracks(roles: readonly Role[] = loadRoles()): Track[] {
  return buildGraph(roles).tracks;
}

export function getLadderTracks(roles: readonly Role[] = loadRoles()): Track[] {
  return getTracks(roles).filter((t) => t.kind === 'ladder');
}

/** A title as it reads mid-sentence: "senior IT project manager", keeping acronyms such as IT and TPM. */
export function titleInSentence(title: string): string {
  return title.replace(/[A-Za-z][\w-]*/g, (word) => (/^[A-Z0-9-]{2,}$/.test(word) ? word : word.toLowerCase()));
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

export type { Difference } from './compare/difference';

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

export function describeYears(role: Role, pay: ReadonlyMap<string, PayRow> = new Map(loadPay().map((p) => [p.id, p]))): YearsText {
  const { yearsMin: min, yearsMax: max, yearsSource: source } = role;
  if (min === undefined) return { value: 'Not cited', basis: 'no source gives typical years for this role', estimate: false, short: 'not cited' };
  const value = max === undefined ? `${min} years or more` : min === max ? `${min} years` : `${min}–${max} years`;
  if (source === YEARS_ESTIMATE || source === undefined) {
    return { value, basis: "the site's editorial estimate; no cited source gives years for this role", estimate: true, short: 'estimate' };
  }
  const row = pay.get(source);
  if (!row) return { value, basis: source, estimate: false, short: source };
  return { value, basis: `${row.source} (${row.label}, the occupation as a whole)`, estimate: false, short: payTag(row) };
}

/**
 * Whether a pay row describes an occupation as a whole (a BLS SOC code or group, all levels)
 * or a job title, so pages never pass an occupation's figure off as one rung's.
 */
export function payScope(row: Pick<PayRow, 'source_kind'>): 'occupation' | 'job-title' {
  return row.source_kind === 'government' ? 'occupation' : 'job-title';
}

/** The pay rows a role cites, primary first. */
export function rolePay(role: Role, pay: ReadonlyMap<string, PayRow> = new Map(loadPay().map((p) => [p.id, p]))): PayRow[] {
  return role.pay.map((id) => {
    const row = pay.get(id);
    if (!row) throw new Error(`data/roles.csv:${role.line}: pay: expected ids from data/pay.csv, got "${id}"`);
    return row;
  });
}

/** Government occupations a role's pay falls under, for its outlook: one entry per source page. */
export function roleOccupations(rows: readonly PayRow[]): Array<{ label: string; url: string; source: string }> {
  const seen = new Map<string, { label: string; url: string; source: string }>();
  for (const row of rows) {
    if (payScope(row) !== 'occupation' || seen.has(row.label)) continue;
    seen.set(row.label, { label: row.label, url: row.source_url, source: row.source.replace(/, as quoted by other sites$/, '') });
  }
  return [...seen.values()];
}

export interface GuideLike {
  id: string;
  filePath?: string | undefined;
  data: { roles: readonly string[] };
}

/** Every guide's `roles` entry must name a role in data/roles.csv; returns messages naming file and field. */
export function checkGuideRoles(guides: readonly GuideLike[], roles: readonly Role[] = loadRoles()): string[] {
  const ids = new Set(roles.map((r) => r.id));
  return guides.flatMap((guide) =>
    guide.data.roles.flatMap((id, i) =>
      ids.has(id) ? [] : [`${guide.filePath ?? guide.id}: roles[${i}]: expected a role id from data/roles.csv, got "${id}"`],
    ),
  );
}

/** Guides whose frontmatter `roles` lists this role. */
export function guidesForRole<G extends GuideLike>(guides: readonly G[], id: string): G[] {
  return guides.filter((g) => g.data.roles.includes(id));
}

/** Whether a piece of text names the role by its title or another name it goes by (whole words, any case, plural allowed). */
export function mentionsRole(text: string, role: Pick<Role, 'title' | 'alsoCalled'>): boolean {
  return [role.title, ...role.alsoCalled].some((name) => {
    const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return new RegExp(`(^|[^a-z0-9])${escaped}s?($|[^a-z0-9])`, 'i').test(text);
  });
}

/**
 * FAQs of the guides that concern a role, the ones naming the role first; when none names it,
 * the first two of each guide, so a role page always points at some answers.
 */
export function faqsForRole<F extends { question: string; answer: string; guide: GuideLike }>(faqs: readonly F[], role: Role, limit = 8): F[] {
  const concerning = faqs.filter((f) => f.guide.data.roles.includes(role.id));
  const naming = concerning.filter((f) => mentionsRole(`${f.question} ${f.answer}`, role));
  if (naming.length > 0) return naming.slice(0, limit);
  const firstOfEach = new Map<string, F[]>();
  for (const faq of concerning) {
    const list = firstOfEach.get(faq.guide.id) ?? [];
    if (list.length < 2) list.push(faq);
    firstOfEach.set(faq.guide.id, list);
  }
  return [...firstOfEach.values()].flat().slice(0, limit);
}
