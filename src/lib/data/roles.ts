import { z } from 'astro/zod';
import { cell } from './csv';
import { LICENCES } from './licences';
import { defineDataFile, plainRow } from './define';

/**
 * data/roles.csv: the roles, their tracks and rungs, and the vocabularies (tracks, skills,
 * certifications) rows may use. The graph built from them lives in src/lib/ladder/.
 */

import { CERTIFICATIONS, SKILLS, TRACK_IDS, TRACK_INFO, YEARS_ESTIMATE, type TrackId } from './vocabulary';

export { CERTIFICATIONS, SKILLS, TRACK_IDS, TRACK_INFO, YEARS_ESTIMATE } from './vocabulary';
export type { LadderTrackId, TrackId, TrackInfo } from './vocabulary';

const ROLE_COLUMNS = [
  'id', 'title', 'also_called', 'track', 'level', 'years_min', 'years_max', 'years_source', 'summary',
  'what_changes', 'responsibilities', 'skills', 'certifications', 'leads_to',
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
  what_changes: cell.list(),
  responsibilities: cell.list(),
  skills: cell.list(),
  certifications: cell.list(),
  leads_to: cell.list(),
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
  /**
   * What is different at this rung from the one below, as "Aspect: words" items (scope, ambiguity,
   * influence, written work); empty where the file gives none.
   */
  whatChanges: string[];
  responsibilities: string[];
  skills: string[];
  certifications: string[];
  leadsTo: string[];
  /**
   * Ids of the pay figures for the role (the May OEWS row of its crosswalked occupation), filled
   * in by loadSiteData() from data/crosswalk.csv; empty straight after parsing.
   */
  pay: string[];
  line: number;
}


/** Field-level checks on one row that zod cannot express alone. */
function rowProblems(file: string, role: Role): string[] {
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
  if (role.yearsSource !== undefined && role.yearsSource !== YEARS_ESTIMATE) {
    problems.push(`${at}: years_source: expected "${YEARS_ESTIMATE}" (the site's estimate; BLS gives experience per occupation, shown separately), got "${role.yearsSource}"`);
  }


  const skills: readonly string[] = SKILLS;
  const certifications: readonly string[] = CERTIFICATIONS;
  for (const skill of role.skills) {
    if (!skills.includes(skill)) problems.push(`${at}: skills: expected names from the skills vocabulary in src/lib/data/vocabulary.ts, got "${skill}"`);
  }
  for (const cert of role.certifications) {
    if (!certifications.includes(cert)) problems.push(`${at}: certifications: expected one of ${CERTIFICATIONS.join(', ')}, got "${cert}"`);
  }
  for (const item of role.whatChanges) {
    if (!/^[A-Z][a-z ]+: \S/.test(item)) problems.push(`${at}: what_changes: expected items such as "Scope: …" (an aspect, a colon, then words), got "${item}"`);
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
    // A branch may be left out; a ladder may not.
    if (onTrack.length === 0 && TRACK_INFO[track].branch) continue;
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

function toRole(row: z.output<typeof roleRow>): Omit<Role, 'line'> {
  return {
    id: row.id,
    title: row.title,
    alsoCalled: row.also_called,
    track: row.track,
    level: row.level,
    yearsMin: row.years_min,
    yearsMax: row.years_max,
    yearsSource: row.years_source,
    summary: row.summary,
    whatChanges: row.what_changes,
    responsibilities: row.responsibilities,
    skills: row.skills,
    certifications: row.certifications,
    leadsTo: row.leads_to,
    pay: [],
  };
}

export const rolesFile = defineDataFile({
  describe: () => ({
    name: 'Roles and ladders',
    publisher: 'PM Pathways',
    release: 'maintained with the site',
    period: '',
    licence: LICENCES.site,
    url: '',
    about:
      "The roles, their ladders and rungs, responsibilities, skills, certifications, moves, and the site's estimate of typical years of experience.",
  }),
  name: 'roles.csv',
  columns: ROLE_COLUMNS,
  row: roleRow.transform(toRole),
  unique: 'id',
  check: (roles, file) => [...roles.flatMap((role) => rowProblems(file, role)), ...levelProblems(file, roles), ...moveProblems(file, roles)],
  checkOnlyWhenRowsParse: true,
  download: (roles) =>
    roles.map((r) =>
      plainRow({ id: r.id, title: r.title, also_called: r.alsoCalled, track: r.track, level: r.level, years_min: r.yearsMin, years_max: r.yearsMax, years_source: r.yearsSource, summary: r.summary, what_changes: r.whatChanges, responsibilities: r.responsibilities, skills: r.skills, certifications: r.certifications, leads_to: r.leadsTo }),
    ),
});

/** Parses and validates data/roles.csv text; throws DataError listing every problem found. */
export function parseRoles(text: string, file = 'data/roles.csv'): Role[] {
  return rolesFile.parse(text, file);
}
