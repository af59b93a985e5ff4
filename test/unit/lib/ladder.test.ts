import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/csv';
import { loadSiteData } from '../../../src/lib/data/index';
import { parseRoles, rolesFile } from '../../../src/lib/data/roles';
import {
  CERTIFICATIONS,
  SKILLS,
  adjacentPairs,
  branchesOf,
  buildGraph,
  checkGuideRoles,
  comesFrom,
  comparePairs,
  compareRoles,
  describeYears,
  drawnLevel,
  getLadderTracks,
  getTracks,
  leadsTo,
  payScope,
  rolePay,
  shortTitle,
} from '../../../src/lib/ladder';

const fixture = (name: string) => readFileSync(`test/fixtures/ladder/${name}`, 'utf8');

function problems(text: string): readonly string[] {
  try {
    parseRoles(text, 'data/roles.csv');
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

/** Replaces one cell of one data line (1-based file line) of a fixture. */
function withCell(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const header = lines[0]!.split(',');
  const index = header.indexOf(column);
  // The fixture's only quoted cell holds a comma; keep it whole while splitting.
  const cells = lines[line - 1]!.match(/("[^"]*"|[^,]*)(?:,|$)/g)!
    .map((c) => c.replace(/,$/, ''))
    .slice(0, header.length);
  cells[index] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

describe('parseRoles: valid data', () => {
  it('parses lists, numbers and optional cells', () => {
    const roles = parseRoles(fixture('valid.csv'), 'data/roles.csv');
    expect(roles.map((r) => r.id)).toEqual(['coordinator', 'manager', 'it-pm', 'senior-it-pm', 'tpm', 'developer']);
    expect(roles[0]).toMatchObject({
      level: 1,
      yearsMin: 0,
      yearsMax: 2,
      yearsSource: 'estimate',
      leadsTo: ['manager', 'it-pm'],
      pay: [],
      line: 2,
    });
    expect(roles[1]).toMatchObject({ summary: 'Runs projects, start to finish.', certifications: ['PMP', 'PRINCE2'], pay: [] });
    expect(roles[5]).toMatchObject({ track: 'entry', level: 0, yearsMin: undefined, yearsSource: undefined });
  });
});

describe('parseRoles: failures name file, line and column', () => {
  it('rejects an unknown role id in leads_to', () => {
    expect(problems(fixture('unknown-leads-to.csv'))).toEqual([
      'data/roles.csv:3: leads_to: expected ids of roles in data/roles.csv, got "senior-itpm"',
    ]);
  });
  it('rejects a cycle of moves, reported once at its first role', () => {
    expect(problems(fixture('cycle.csv'))).toEqual([
      'data/roles.csv:3: leads_to: expected no cycle of moves, got manager -> senior-it-pm -> manager',
    ]);
  });
  it('rejects a role that leads to itself', () => {
    expect(problems(withCell(fixture('valid.csv'), 4, 'leads_to', 'it-pm'))).toEqual([
      'data/roles.csv:4: leads_to: expected no cycle of moves, got it-pm -> it-pm',
    ]);
  });
  it('rejects a track with a missing level, naming the rung above the gap', () => {
    expect(problems(fixture('missing-level.csv'))).toEqual([
      'data/roles.csv:5: level: expected a role at level 2 of track "it-project-management" below this level 3, got none',
    ]);
  });
  it('rejects a missing first rung', () => {
    expect(problems(withCell(fixture('valid.csv'), 6, 'level', '2'))).toContain(
      'data/roles.csv:6: level: expected a role at level 1 of track "technical-program-management" below this level 2, got none',
    );
  });
  it('rejects two roles on one level of a track', () => {
    expect(problems(withCell(fixture('valid.csv'), 3, 'level', '1'))).toContain(
      'data/roles.csv:3: level: expected one role per level of track "project-management", got level 1 again (already "coordinator" on line 2)',
    );
  });
  it('rejects duplicate ids with both lines', () => {
    expect(problems(fixture('duplicate-id.csv'))).toContain(
      'data/roles.csv:4: id: expected a unique id, got "manager" already used on line 3',
    );
  });
  it("rejects a years source other than the site's estimate", () => {
    expect(problems(withCell(fixture('valid.csv'), 3, 'years_source', 'a-book'))).toEqual([
      'data/roles.csv:3: years_source: expected "estimate" (the site\'s estimate; BLS gives experience per occupation, shown separately), got "a-book"',
    ]);
  });
  it('rejects an unknown track, a bad level and a skill or certification outside the vocabulary', () => {
    expect(problems(withCell(fixture('valid.csv'), 2, 'track', 'pm'))).toEqual([
      'data/roles.csv:2: track: expected one of project-management, it-project-management, technical-program-management, tpm-management, entry, got "pm"',
    ]);
    expect(problems(withCell(fixture('valid.csv'), 2, 'level', 'one'))).toEqual([
      'data/roles.csv:2: level: expected a whole number such as 3, got "one"',
    ]);
    expect(problems(withCell(fixture('valid.csv'), 2, 'skills', 'Scheduling; Juggling'))).toEqual([
      'data/roles.csv:2: skills: expected names from the skills vocabulary in src/lib/data/vocabulary.ts, got "Juggling"',
    ]);
    expect(problems(withCell(fixture('valid.csv'), 2, 'certifications', 'PMP; Certified ScrumMaster'))[0]).toMatch(
      /^data\/roles\.csv:2: certifications: expected one of PMP, .*, got "Certified ScrumMaster"$/,
    );
  });
  it('rejects entry roles off level 0 and ladder rungs without years', () => {
    expect(problems(withCell(fixture('valid.csv'), 7, 'level', '1'))).toContain(
      'data/roles.csv:7: level: expected 0 for a role on the entry track, got 1',
    );
    expect(problems(withCell(withCell(fixture('valid.csv'), 4, 'years_min', ''), 4, 'years_source', ''))).toEqual([
      'data/roles.csv:4: years_min: expected typical years for a rung of a ladder (mark them "estimate" if no source gives them), got nothing',
    ]);
    expect(problems(withCell(fixture('valid.csv'), 2, 'years_max', '-1'))).toEqual([
      'data/roles.csv:2: years_max: expected a whole number such as 3, got "-1"',
    ]);
    expect(problems(withCell(withCell(fixture('valid.csv'), 2, 'years_min', '4'), 2, 'years_max', '1'))).toEqual([
      'data/roles.csv:2: years_max: expected at least years_min (4), got 1',
    ]);
  });
  it('rejects moves into an entry role', () => {
    // The fixture's developer leads back to tpm, so the same edit also closes a cycle.
    expect(problems(withCell(fixture('valid.csv'), 6, 'leads_to', 'developer'))).toEqual([
      'data/roles.csv:6: leads_to: expected a role on a ladder track, got entry role "developer"',
      'data/roles.csv:6: leads_to: expected no cycle of moves, got tpm -> developer -> tpm',
    ]);
  });
  it('rejects a missing column and an empty file', () => {
    const text = fixture('valid.csv').replace(',leads_to', '');
    expect(problems(text)[0]).toMatch(/^data\/roles\.csv:1: header: expected columns .*; missing "leads_to"$/);
    expect(problems('')).toEqual([expect.stringMatching(/^data\/roles\.csv:1: expected a header row/)]);
  });
});

describe('buildGraph', () => {
  const roles = parseRoles(fixture('valid.csv'), 'data/roles.csv');
  const graph = buildGraph(roles);

  it('orders tracks and rungs and classifies moves', () => {
    expect(graph.tracks.map((t) => [t.id, t.roles.map((r) => r.id)])).toEqual([
      ['project-management', ['coordinator', 'manager']],
      ['it-project-management', ['it-pm', 'senior-it-pm']],
      ['technical-program-management', ['tpm']],
      // A branch may be empty; a ladder may not.
      ['tpm-management', []],
      ['entry', ['developer']],
    ]);
    expect(graph.moves).toEqual([
      { from: 'coordinator', to: 'manager', kind: 'step' },
      { from: 'coordinator', to: 'it-pm', kind: 'cross-track' },
      { from: 'manager', to: 'senior-it-pm', kind: 'cross-track' },
      { from: 'it-pm', to: 'senior-it-pm', kind: 'step' },
      { from: 'developer', to: 'tpm', kind: 'entry' },
      { from: 'developer', to: 'coordinator', kind: 'entry' },
    ]);
  });
  it('answers where a role comes from and leads to', () => {
    expect(comesFrom(graph, 'senior-it-pm').map((r) => r.id)).toEqual(['manager', 'it-pm']);
    expect(leadsTo(graph, 'coordinator').map((r) => r.id)).toEqual(['manager', 'it-pm']);
    expect(comesFrom(graph, 'developer')).toEqual([]);
  });
  it('lists neighbouring rungs and every move as comparison pairs, without duplicates', () => {
    expect(adjacentPairs(graph).map(([a, b]) => `${a.id}>${b.id}`)).toEqual(['coordinator>manager', 'it-pm>senior-it-pm']);
    expect(comparePairs(graph).map(([a, b]) => `${a.id}>${b.id}`)).toEqual([
      'coordinator>manager',
      'it-pm>senior-it-pm',
      'coordinator>it-pm',
      'manager>senior-it-pm',
      'developer>tpm',
      'developer>coordinator',
    ]);
  });
  it('compares skills and certifications both ways', () => {
    const [coordinator, manager] = roles;
    expect(compareRoles(coordinator!, manager!)).toMatchObject({
      skills: { onlyA: ['Scheduling', 'Basic project management'], onlyB: ['Budgeting', 'Risk management'], shared: [] },
      certifications: { onlyA: ['CAPM'], onlyB: ['PMP', 'PRINCE2'], shared: [] },
    });
  });
  it('describes years honestly: estimate, cited or not cited', () => {
    expect(describeYears(roles[0]!)).toMatchObject({ value: '0–2 years', estimate: true });
    expect(describeYears(roles[3]!)).toMatchObject({
      value: '5 years or more',
      estimate: true,
      basis: expect.stringContaining('estimate'),
    });
    expect(describeYears(roles[5]!)).toMatchObject({ value: 'Not cited', estimate: false });
  });
});

describe('the real data/roles.csv', () => {
  const roles = loadSiteData().roles;
  const graph = buildGraph(roles);

  it('has the three ladders and the TPM management branch with their fixed rungs, and the entry roles', () => {
    expect(getLadderTracks().map((t) => [t.id, t.roles.map((r) => r.id)])).toEqual([
      ['project-management', ['project-coordinator', 'project-manager', 'senior-project-manager']],
      ['it-project-management', ['it-project-manager', 'senior-it-project-manager', 'programme-manager']],
      [
        'technical-program-management',
        [
          'technical-project-manager',
          'technical-program-manager',
          'senior-technical-program-manager',
          'staff-technical-program-manager',
          'principal-technical-program-manager',
        ],
      ],
      ['tpm-management', ['tpm-manager', 'director-technical-program-management']],
    ]);
    expect(
      getTracks()
        .at(-1)
        ?.roles.map((r) => r.id)
        .sort(),
    ).toEqual(['business-analyst', 'it-support-specialist', 'non-technical-professional', 'software-developer', 'systems-analyst']);
  });
  it('runs the TPM track on individual-contributor levels, with management as a branch beside staff TPM', () => {
    const site = loadSiteData();
    const soc = (id: string) => site.crosswalkByRole.get(id)!.soc_code;
    for (const id of [
      'technical-program-manager',
      'senior-technical-program-manager',
      'staff-technical-program-manager',
      'principal-technical-program-manager',
    ])
      expect(soc(id), id).toBe('15-1299');
    for (const id of ['tpm-manager', 'director-technical-program-management']) expect(soc(id), id).toBe('11-3021');
    expect(leadsTo(graph, 'senior-technical-program-manager').map((r) => r.id)).toEqual(['staff-technical-program-manager', 'tpm-manager']);
    expect(leadsTo(graph, 'tpm-manager').map((r) => r.id)).toEqual(['director-technical-program-management']);
    expect(branchesOf(graph, 'technical-program-management').map((t) => t.id)).toEqual(['tpm-management']);
    expect(drawnLevel(graph.byId.get('tpm-manager')!)).toBe(drawnLevel(graph.byId.get('staff-technical-program-manager')!));
    expect(shortTitle('Director of technical program management')).toBe('Director of TPM');
    expect(shortTitle('Technical project manager')).toBe('Technical project manager');
  });
  it('has the cross-track route from PM through senior PM (IT) to technical program manager', () => {
    expect(graph.moves).toContainEqual({ from: 'project-manager', to: 'senior-it-project-manager', kind: 'cross-track' });
    expect(graph.moves).toContainEqual({ from: 'senior-it-project-manager', to: 'technical-program-manager', kind: 'cross-track' });
    for (const entry of ['software-developer', 'systems-analyst', 'it-support-specialist', 'business-analyst']) {
      expect(leadsTo(graph, entry).map((r) => r.id)).toContain('technical-project-manager');
    }
  });
  it('uses only the shared vocabularies', () => {
    const skills: readonly string[] = SKILLS;
    const certs: readonly string[] = CERTIFICATIONS;
    expect(roles.flatMap((r) => r.skills).filter((s) => !skills.includes(s))).toEqual([]);
    expect(roles.flatMap((r) => r.certifications).filter((c) => !certs.includes(c))).toEqual([]);
  });
  it('gives every role, entry roles included, one BLS occupation pay row of the newest release', () => {
    const { oewsYear } = loadSiteData();
    for (const role of roles) {
      const rows = rolePay(role);
      expect(rows, role.id).toHaveLength(1);
      expect(payScope(rows[0]!)).toBe('occupation');
      expect(rows[0]!.year).toBe(oewsYear);
    }
    expect(rolesFile.load('data').every((r) => r.pay.length === 0)).toBe(true);
  });
});

describe('checkGuideRoles', () => {
  const roles = parseRoles(fixture('valid.csv'), 'data/roles.csv');
  it('names the guide file and the field of an unknown role id', () => {
    expect(
      checkGuideRoles(
        [
          { id: 'a', filePath: 'content/guides/a.mdx', data: { roles: ['manager', 'manger'] } },
          { id: 'b', data: { roles: ['tpm'] } },
        ],
        roles,
      ),
    ).toEqual(['content/guides/a.mdx: roles[1]: expected a role id from data/roles.csv, got "manger"']);
  });
  it('passes every real guide', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('content/guides').filter((f) => f.endsWith('.mdx'));
    const guides = files.map((f) => {
      const text = readFileSync(`content/guides/${f}`, 'utf8');
      const list = text.match(/^roles: \[(.*)\]$/m)?.[1] ?? '';
      return {
        id: f,
        filePath: `content/guides/${f}`,
        data: {
          roles: list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        },
      };
    });
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.every((g) => g.data.roles.length > 0)).toBe(true);
    expect(checkGuideRoles(guides, loadSiteData().roles)).toEqual([]);
  });
});

describe('wording helpers', () => {
  const role = { title: 'IT project manager', alsoCalled: ['Senior project manager (IT)'] };
  it('keeps acronyms when a title reads mid-sentence', async () => {
    const { titleInSentence } = await import('../../../src/lib/ladder');
    expect(titleInSentence('Senior IT project manager')).toBe('senior IT project manager');
    expect(titleInSentence('Technical program manager')).toBe('technical program manager');
  });
  it('finds a role named in text by title or other name, as whole words', async () => {
    const { mentionsRole } = await import('../../../src/lib/ladder');
    expect(mentionsRole('How do IT project managers get promoted?', role)).toBe(true);
    expect(mentionsRole('Every senior project manager (IT) says so.', role)).toBe(true);
    expect(mentionsRole('Do SIT project managers exist?', role)).toBe(false);
    expect(mentionsRole('A project manager in IT', role)).toBe(false);
  });
  it('picks the FAQs of concerning guides that name the role, else the first two of each guide', async () => {
    const { faqsForRole, getRole } = await import('../../../src/lib/ladder');
    const guide = (id: string, roles: string[]) => ({ id, data: { roles } });
    const g1 = guide('g1', ['it-project-manager']);
    const g2 = guide('g2', ['project-manager']);
    const faqs = [
      { question: 'What does an IT project manager do all day?', answer: 'x', guide: g1 },
      { question: 'Which certificate first?', answer: 'y', guide: g1 },
      { question: 'Is IT project manager a good job?', answer: 'z', guide: g2 },
    ];
    expect(faqsForRole(faqs, getRole('it-project-manager')).map((f) => f.answer)).toEqual(['x']);
    expect(faqsForRole(faqs, getRole('project-manager')).map((f) => f.answer)).toEqual(['z']);
    expect(faqsForRole(faqs.slice(1), getRole('it-project-manager')).map((f) => f.answer)).toEqual(['y']);
    expect(faqsForRole(faqs, getRole('programme-manager'))).toEqual([]);
  });
  it('tags a BLS figure by publisher and year', async () => {
    const { payTag } = await import('../../../src/lib/ladder/format');
    const { pay, oewsYear } = loadSiteData();
    expect(payTag(pay[0]!)).toBe(`U.S. Bureau of Labor Statistics ${oewsYear}`);
  });
});
