import { describe, expect, it } from 'vitest';
import { payChange as rolePayChange } from '../../../../src/lib/pay/change';
import { PLACEMENT_RULES } from '../../../../src/lib/pay/placement';
import { CERTIFICATIONS, SKILLS, comparePairs, faqsForRole, guidesForRole, leadsTo } from '../../../../src/lib/ladder';
import {
  FAQ_LIMIT,
  GUIDE_LIMIT,
  indexData,
  names,
  payText,
  plan,
  readingList,
  heldText,
  planSummary,
  type PlannerData,
  type PlannerRole,
} from '../../../../src/lib/planner';
import { data, faqs, graph, guides, index, nothing, payById } from './fixture';

describe('the planner data the build emits', () => {
  it('survives JSON unchanged, so the browser plans from exactly what the pages do', () => {
    // toEqual would fail on a Map, Set, Date or function that JSON cannot carry.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const again = indexData(JSON.parse(JSON.stringify(data)) as PlannerData);
    for (const role of graph.roles) expect(plan(again, { from: role.id, ...nothing })).toEqual(plan(index, { from: role.id, ...nothing }));
  });

  it('carries each role with its moves, pay ids, guides and FAQs from the ladder module', () => {
    expect(data.roles.map((r) => r.id)).toEqual(graph.roles.map((r) => r.id));
    for (const role of graph.roles) {
      const planned = index.roles.get(role.id)!;
      expect(planned.moves.map((m) => m.to)).toEqual(role.leadsTo);
      expect(planned.pay).toEqual(role.pay);
      expect(planned.guides).toEqual(guidesForRole(guides, role.id).map((g) => g.id));
      expect(planned.faqs).toEqual(faqsForRole(faqs, role).map((f) => `${f.guide.id}#${f.id}`));
      for (const id of planned.pay)
        expect(index.pay.get(id), id).toMatchObject({ pay: payById.get(id)!.pay, measure: payById.get(id)!.measure });
      for (const key of planned.faqs) expect(index.faqs.has(key), key).toBe(true);
    }
    expect(data.compares).toEqual(comparePairs(graph).map(([a, b]) => `${a.id} ${b.id}`));
    expect(data.skills).toEqual([...SKILLS]);
    expect(data.certifications).toEqual([...CERTIFICATIONS]);
  });

  it('sends only the pay rows some role cites', () => {
    const cited = new Set(graph.roles.flatMap((r) => r.pay));
    expect(new Set(data.pay.map((p) => p.id))).toEqual(cited);
  });
});

describe.each(graph.roles.map((r) => [r.id, r] as const))('plan from %s', (id, role) => {
  const answer = plan(index, { from: id, ...nothing });

  it("offers exactly the graph's next rungs, in its order, with their kind of move", () => {
    expect(answer.steps.map((s) => s.to.id)).toEqual(leadsTo(graph, id).map((r) => r.id));
    for (const step of answer.steps) expect(step.kind).toBe(graph.moves.find((m) => m.from === id && m.to === step.to.id)!.kind);
    if (role.track === 'entry') expect(answer.steps.length).toBeGreaterThan(0);
  });

  it("counts the role's own skills and no certification as held when nothing is ticked", () => {
    expect(new Set(answer.held.skills)).toEqual(new Set(role.skills));
    expect(answer.held.certifications).toEqual([]);
    for (const step of answer.steps) {
      const target = graph.byId.get(step.to.id)!;
      expect(step.missing.skills).toEqual(target.skills.filter((s) => !role.skills.includes(s)));
      expect(step.missing.certifications).toEqual(target.certifications);
      expect(step.certifications.met).toBe(target.certifications.length === 0);
      expect([...step.held.skills, ...step.missing.skills].sort()).toEqual([...target.skills].sort());
    }
  });

  it('subtracts what is ticked, whatever it is', () => {
    const skills = SKILLS.filter((_, i) => i % 2 === 0);
    const certifications = CERTIFICATIONS.filter((_, i) => i % 3 !== 1);
    const ticked = plan(index, { from: id, skills, certifications });
    for (const step of ticked.steps) {
      const target = graph.byId.get(step.to.id)!;
      expect(step.missing.skills).toEqual(target.skills.filter((s) => !skills.includes(s as never) && !role.skills.includes(s)));
      // Certifications are alternatives: holding any one the rung lists meets it.
      const holdsOne = target.certifications.some((c) => certifications.includes(c as never));
      expect(step.missing.certifications).toEqual(holdsOne ? [] : target.certifications);
      expect(step.certifications.met).toBe(holdsOne || target.certifications.length === 0);
    }
    const everything = plan(index, { from: id, skills: [...SKILLS], certifications: [...CERTIFICATIONS] });
    for (const step of everything.steps) expect(step.missing).toEqual({ skills: [], certifications: [] });
  });

  it("computes every move's pay change by the site's one rule (src/lib/pay/change.ts)", () => {
    for (const step of answer.steps) {
      const a = payById.get(role.pay[0]!)!;
      const b = payById.get(graph.byId.get(step.to.id)!.pay[0]!)!;
      const rule = rolePayChange({ figure: a, placement: answer.from.placement }, { figure: b, placement: step.to.placement });
      const change = step.pay;
      if (rule.kind === 'medians') {
        expect(change).toMatchObject({ kind: 'derived', difference: b.pay - a.pay, sameYear: true, from: { id: a.id }, to: { id: b.id } });
      } else if (rule.difference === undefined) {
        expect(change).toMatchObject({ kind: 'same-figure', figure: { id: a.id } });
      } else {
        const at = (placement: keyof typeof PLACEMENT_RULES) => {
          const point = PLACEMENT_RULES[placement].point;
          return point === 'median' ? a.pay : a[point]!;
        };
        expect(change).toMatchObject({ kind: 'placement', difference: at(step.to.placement) - at(answer.from.placement) });
      }
      // Whatever the answer, every amount it prints is a cited figure or their derived difference.
      const words = payText(change, answer.from, step.to);
      const allowed = new Set([
        ...words.figures.map((f) => f.pay),
        ...(change.kind === 'derived' || change.kind === 'placement' ? [Math.abs(change.difference)] : []),
        ...(change.kind === 'placement' ? [change.from.value, change.to.value] : []),
      ]);
      for (const amount of `${words.headline} ${words.detail}`.matchAll(/\$([\d,]+)/g))
        expect(allowed, amount[0]).toContain(Number(amount[1]!.replace(/,/g, '')));
    }
  });

  it('links each move to its comparison page and orders reading the same way every time', () => {
    const again = plan(index, { from: id, ...nothing });
    for (const [i, step] of answer.steps.entries()) {
      expect(step.compare).toBe(true);
      expect(again.steps[i]!.reading).toEqual(step.reading);
      const about = step.reading.about === 'target' ? step.to : answer.from;
      const other = about === step.to ? answer.from : step.to;
      // The best GUIDE_LIMIT of the guides on the role, each once.
      expect(step.reading.guides.length).toBe(Math.min(GUIDE_LIMIT, about.guides.length));
      for (const guide of step.reading.guides) expect(about.guides).toContain(guide.slug);
      expect(new Set(step.reading.guides.map((g) => g.slug)).size).toBe(step.reading.guides.length);
      // Guides that concern both roles come before the rest.
      const both = step.reading.guides.map((g) => g.roles.includes(other.id));
      expect(both).toEqual([...both].sort((x, y) => Number(y) - Number(x)));
      expect(step.reading.faqs.length).toBeLessThanOrEqual(FAQ_LIMIT);
      for (const faq of step.reading.faqs) expect(about.faqs).toContain(faq.key);
      // FAQs naming something still missing lead the list.
      const missing = [...step.missing.certifications, ...step.missing.skills];
      const naming = step.reading.faqs.map((f) => missing.some((m) => names(f.question, m)));
      expect(naming).toEqual([...naming].sort((x, y) => Number(y) - Number(x)));
    }
  });
});

describe('reading order', () => {
  it('puts a guide about the move itself first', () => {
    const from = index.roles.get('software-developer')!;
    const to = index.roles.get('technical-project-manager')!;
    const { guides: list } = readingList(index, from, to, []);
    expect(list.every((g, i) => i === 0 || !g.roles.includes(from.id) || list[i - 1]!.roles.includes(from.id))).toBe(true);
    expect(list[0]!.roles).toContain(from.id);
  });

  it('moves a question about a missing certification up', () => {
    const from = index.roles.get('software-developer')!;
    const to = index.roles.get('technical-project-manager')!;
    const without = readingList(index, from, to, []).faqs;
    const withPmp = readingList(index, from, to, ['PMP']).faqs;
    expect(names(withPmp[0]!.question, 'PMP')).toBe(true);
    expect(withPmp.map((f) => f.key)).not.toEqual(without.map((f) => f.key));
  });

  it('falls back to guides on the current role when none covers the target, and says so', () => {
    const step = plan(index, { from: 'project-manager', ...nothing }).steps.find((s) => s.to.id === 'senior-project-manager')!;
    const target = index.roles.get('senior-project-manager')!;
    if (target.guides.length + target.faqs.length === 0) {
      expect(step.reading.about).toBe('current');
      const own = index.roles.get('project-manager')!.guides;
      expect(step.reading.guides.length).toBe(Math.min(GUIDE_LIMIT, own.length));
      for (const guide of step.reading.guides) expect(own).toContain(guide.slug);
    } else {
      expect(step.reading.about).toBe('target');
    }
  });
});

describe('what the person says they have', () => {
  it('lets a skill the starting role implies be unticked, and then counts it as missing', () => {
    const role = index.roles.get('software-developer')!;
    const unticked = role.skills.filter((s) => index.roles.get('technical-project-manager')!.skills.includes(s));
    expect(unticked.length).toBeGreaterThan(0);
    const answer = plan(index, { from: role.id, skills: [], certifications: [], without: unticked });
    expect(answer.unticked).toEqual(unticked);
    expect(answer.fromRole).toEqual(role.skills.filter((s) => !unticked.includes(s)));
    for (const s of unticked) expect(answer.held.skills).not.toContain(s);
    const tpm = answer.steps.find((s) => s.to.id === 'technical-project-manager')!;
    for (const s of unticked) expect(tpm.missing.skills).toContain(s);
    expect(heldText(answer, { skills: [] }).skills).toContain(`you unticked ${unticked.join(', ')}`);
  });

  it('counts the certifications a rung lists as one item missing, whatever their number', () => {
    const answer = plan(index, { from: 'project-manager', skills: [...SKILLS], certifications: [] });
    for (const step of answer.steps) expect(step.certifications.listed.length).toBeGreaterThan(1);
    expect(planSummary(answer)).toMatch(/1 item missing/);
    const met = plan(index, { from: 'project-manager', skills: [...SKILLS], certifications: ['PRINCE2'] });
    expect(planSummary(met)).not.toMatch(/items? missing/);
  });

  it('counts a CAPM toward PMP on the next rung from project coordinator', () => {
    const answer = plan(index, { from: 'project-coordinator', skills: [], certifications: ['CAPM'] });
    const pm = answer.steps.find((s) => s.to.id === 'project-manager')!;
    expect(pm.certifications.met).toBe(false);
    expect(pm.certifications.toward.map((r) => `${r.held}>${r.toward}`)).toEqual(['CAPM>PMP']);
  });
});

describe('reading that fits the starting role', () => {
  const entry = index.data.roles.filter((r) => r.entry);
  it.each(entry.map((r) => r.id))('never puts first a guide written for another starting role, from %s', (from) => {
    for (const step of plan(index, { from, ...nothing }).steps) {
      const first = step.reading.guides[0];
      if (!first) continue;
      const forOthers = !first.roles.includes(from) && first.roles.some((id) => id !== from && index.roles.get(id)?.entry);
      // Allowed only when every guide on the list is written for someone else.
      if (forOthers)
        expect(
          step.reading.guides.every((g) => !g.roles.includes(from) && g.roles.some((id) => id !== from && index.roles.get(id)?.entry)),
        ).toBe(true);
    }
  });

  it('ranks a guide for another starting role below one for anyone, even where it names the target sooner', () => {
    const role = (id: string, entry: boolean, moves: string[] = []): PlannerRole => ({
      ...index.roles.get('project-coordinator')!,
      id,
      name: id,
      entry,
      moves: moves.map((to) => ({ to, kind: 'entry' as const })),
      guides: id === 'coordinator' ? ['for-non-technical', 'for-anyone'] : [],
      faqs: [],
    });
    const synthetic = indexData({
      ...data,
      roles: [role('support', true, ['coordinator']), role('non-technical', true, ['coordinator']), role('coordinator', false)],
      guides: [
        { slug: 'for-non-technical', title: 'For non-technical people', roles: ['non-technical', 'coordinator'] },
        { slug: 'for-anyone', title: 'For anyone', roles: ['manager', 'lead', 'coordinator'] },
      ],
      faqs: [],
      compares: [],
    });
    const order = (from: string) =>
      readingList(synthetic, synthetic.roles.get(from)!, synthetic.roles.get('coordinator')!, []).guides.map((g) => g.slug);
    expect(order('support')).toEqual(['for-anyone', 'for-non-technical']);
    // The guide written for this very starting role still comes first.
    expect(order('non-technical')).toEqual(['for-non-technical', 'for-anyone']);
  });

  it('puts the non-technical guide after every guide that suits an IT support specialist', () => {
    const suits = (g: { roles: string[] }) =>
      g.roles.includes('it-support-specialist') || !g.roles.some((id) => index.roles.get(id)?.entry);
    for (const step of plan(index, { from: 'it-support-specialist', ...nothing }).steps) {
      const slugs = step.reading.guides.map((g) => g.slug);
      expect(slugs.length).toBeGreaterThan(1);
      expect(slugs[0]).not.toBe('non-technical-route-to-project-coordinator');
      const at = slugs.indexOf('non-technical-route-to-project-coordinator');
      if (at !== -1) expect(step.reading.guides.slice(at + 1).filter(suits)).toEqual([]);
    }
  });

  it(`suggests at most ${GUIDE_LIMIT} guides and ${FAQ_LIMIT} questions a move`, () => {
    for (const role of index.data.roles) {
      for (const step of plan(index, { from: role.id, ...nothing }).steps) {
        expect(step.reading.guides.length).toBeLessThanOrEqual(GUIDE_LIMIT);
        expect(step.reading.faqs.length).toBeLessThanOrEqual(FAQ_LIMIT);
      }
    }
  });
});

describe('names', () => {
  it('matches whole vocabulary items in any case', () => {
    expect(names('Is the PMP worth it?', 'PMP')).toBe(true);
    expect(names('Which programming language should I learn?', 'Programming')).toBe(true);
    expect(names('Is CompTIA Project+ enough?', 'CompTIA Project+')).toBe(true);
    expect(names('Certified ScrumMaster first?', 'Scrum')).toBe(false);
    expect(names('PMPs and more', 'PMP')).toBe(false);
  });
});

describe('plan input checks', () => {
  it('rejects an unknown role or vocabulary item instead of guessing', () => {
    expect(() => plan(index, { from: 'astronaut', ...nothing })).toThrow('Planner data has no role "astronaut"');
    expect(() => plan(index, { from: 'project-manager', skills: ['Juggling'], certifications: [] })).toThrow('Unknown skill "Juggling"');
    expect(() => plan(index, { from: 'project-manager', skills: [], certifications: ['PMPP'] })).toThrow('Unknown certification "PMPP"');
  });
});
