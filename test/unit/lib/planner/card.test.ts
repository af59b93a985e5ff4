import { describe, expect, it } from 'vitest';
import {
  certificationItem,
  moveLine,
  payText,
  plan,
  planCards,
  sourceLines,
  type HowPart,
  type Plan,
  type PlanCard,
  type Run,
} from '../../../../src/lib/planner';
import { routes } from '../../../../src/lib/routes';
import { ONET_PLANNER_ATTRIBUTION, type PlannerOnetGaps } from '../../../../src/lib/skills/planner-gaps';
import { graph, index, nothing } from './fixture';

const text = (runs: readonly Run[]) => runs.map((r) => (typeof r === 'string' ? r : 'source' in r ? `[${r.source}]` : r.text)).join('');
const links = (runs: readonly Run[]) => runs.flatMap((r) => (typeof r !== 'string' && 'href' in r ? [r.href] : []));
const refs = (part: HowPart | undefined) => (part?.text ?? []).flatMap((r) => (typeof r !== 'string' && 'source' in r ? [r.source] : []));
const part = (card: PlanCard, key: HowPart['key']) => card.how.filter((p) => p.key === key);

describe('planCards', () => {
  // Project coordinator: the IT project manager and technical project manager rungs cite the same two OEWS rows.
  const coordinator = plan(index, { from: 'project-coordinator', skills: [], certifications: ['CAPM'] });
  const cards = planCards(coordinator);

  it('lists a source two rungs cite once, numbered in the order the cards first cite it', () => {
    const figures = coordinator.steps.flatMap((s) => payText(s.pay, coordinator.from, s.to).figures);
    const lines = sourceLines(figures);
    // The premise: some figure is cited by more than one rung.
    expect(new Set(figures.map((f) => f.id)).size).toBeLessThan(figures.length);
    const keys = cards.sources.map((s) => `${s.url} ${s.about}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Every pay line is in the list, and the list holds nothing else but the toward rules.
    for (const line of lines) expect(cards.sources).toContainEqual(expect.objectContaining(line));
    const rules = coordinator.steps.flatMap((s) => s.certifications.toward);
    expect(rules.length).toBeGreaterThan(1);
    expect(cards.sources.length).toBe(new Set(lines.map((l) => `${l.url} ${l.about}`)).size + new Set(rules.map((r) => r.url)).size);
    expect(cards.sources.map((s) => s.number)).toEqual(cards.sources.map((_, i) => i + 1));

    // First-use order: walk the cards' references in reading order; each new number is the next one.
    const cited = cards.cards.flatMap((c) => c.how.flatMap(refs));
    expect([...new Set(cited)]).toEqual(cards.sources.map((s) => s.number));
  });

  it('points each card’s references at the lines for its own figures and rules', () => {
    for (const [i, step] of coordinator.steps.entries()) {
      const card = cards.cards[i]!;
      const pay = payText(step.pay, coordinator.from, step.to);
      const cited = refs(part(card, 'pay')[0]).map((n) => cards.sources[n - 1]!);
      expect(cited.map((s) => ({ source: s.source, url: s.url, about: s.about }))).toEqual(sourceLines(pay.figures));
      const toward = part(card, 'toward');
      expect(toward.map((p) => text(p.text))).toEqual(
        step.certifications.toward.map((r) => expect.stringMatching(new RegExp(`^Your ${r.held} counts toward ${r.toward}`))),
      );
      for (const [j, rule] of step.certifications.toward.entries()) expect(cards.sources[refs(toward[j])[0]! - 1]!.url).toBe(rule.url);
    }
  });

  it.each(graph.roles.map((r) => r.id))('from %s: a checklist of exactly what the rung still asks for', (id) => {
    for (const ticked of [nothing, { skills: [], certifications: ['CAPM'] }]) {
      const answer = plan(index, { from: id, ...ticked });
      const view = planCards(answer);
      expect(view.cards.map((c) => c.title)).toEqual(answer.steps.map((s) => s.to.title));
      for (const [i, step] of answer.steps.entries()) {
        const card = view.cards[i]!;
        const certs = step.missing.certifications;
        expect(card.checklist.slice(0, step.missing.skills.length)).toEqual(step.missing.skills);
        expect(card.checklist.slice(step.missing.skills.length)).toEqual(
          certs.length === 0 ? [] : certs.length === 1 ? certs : [`One of: ${certs.join(', ')}`],
        );
        expect(card.nothingMissing === undefined).toBe(card.checklist.length > 0);
        expect(card.id).toBe(`plan-${step.to.id}`);
        expect(card.href).toBe(routes.role(step.to.id));
        expect(card.pay).toBe(payText(step.pay, answer.from, step.to).headline);
        expect(card.move).toBe(moveLine(step));
      }
    }
  });

  it('counts certifications as one item, with the PMP caveat for a reader not yet eligible', () => {
    expect(certificationItem([])).toBeUndefined();
    expect(certificationItem(['PMP'])).toBe('PMP');
    expect(certificationItem(['PMP', 'PRINCE2', 'CSM'])).toBe('One of: PMP, PRINCE2, CSM');
    expect(certificationItem(['PMP', 'PRINCE2'], true)).toBe('One of: PMP (once you are eligible), PRINCE2');
    const pm = planCards(coordinator, { skills: [] }, true).cards.find((c) => c.id === 'plan-project-manager')!;
    expect(pm.checklist.at(-1)).toMatch(/^One of: PMP \(once you are eligible\), /);
    expect(pm.checklist).not.toContain('PMP');
    expect(text(part(pm, 'certifications')[0]!.text)).toContain('PMP (once you are eligible)');
  });

  it('says nothing is missing when the reader has it all', () => {
    const all = plan(index, {
      from: 'project-coordinator',
      skills: [...index.data.skills],
      certifications: [...index.data.certifications],
    });
    for (const card of planCards(all).cards) {
      expect(card.checklist).toEqual([]);
      expect(card.nothingMissing).toMatch(
        /^Nothing missing: you have every skill the role lists and (its certification|one of its certifications)\.$/,
      );
    }
  });

  it('puts the first guide first, then the first question, then a pointer to all guides', () => {
    const step = coordinator.steps[0]!;
    expect(step.reading.guides.length).toBeGreaterThan(1);
    expect(step.reading.faqs.length).toBeGreaterThan(0);
    const first = (reading: typeof step.reading) => planCards({ ...coordinator, steps: [{ ...step, reading }] }).cards[0]!;

    const withGuides = first(step.reading);
    expect(links(withGuides.readFirst)).toEqual([routes.guide(step.reading.guides[0]!.slug)]);
    expect(text(withGuides.readFirst)).toBe(step.reading.guides[0]!.title);
    // The rest, in order, in the reasoning: the other guides, then the questions.
    const rest = part(withGuides, 'reading')[0]!.list!;
    expect(rest.flatMap((item) => links(item.text))).toEqual([
      ...step.reading.guides.slice(1).map((g) => routes.guide(g.slug)),
      ...step.reading.faqs.map((f) => routes.faq(f.guide, f.id)),
    ]);
    expect(rest.map((item) => item.question === true)).toEqual([
      ...step.reading.guides.slice(1).map(() => false),
      ...step.reading.faqs.map(() => true),
    ]);

    const faq = step.reading.faqs[0]!;
    const withQuestions = first({ ...step.reading, guides: [] });
    expect(links(withQuestions.readFirst)).toEqual([routes.faq(faq.guide, faq.id)]);
    expect(part(withQuestions, 'reading')[0]?.list?.length ?? 0).toBe(step.reading.faqs.length - 1);

    const none = first({ about: 'target', guides: [], faqs: [] });
    expect(text(none.readFirst)).toBe(`No guide covers ${step.to.name} or ${coordinator.from.name} yet. Start from all guides.`);
    expect(links(none.readFirst)).toEqual([routes.guides()]);
    expect(part(none, 'reading')).toEqual([]);

    const current = first({ ...step.reading, about: 'current' });
    expect(text(current.readFirst)).toContain(`no guide covers ${step.to.name} yet`);
  });

  it('links the comparison and the role page, and flags O*NET data for its attribution', () => {
    expect(cards.onet).toBe(false);
    const step = coordinator.steps[0]!;
    expect(links(part(cards.cards[0]!, 'links')[0]!.text)).toEqual([
      ...(step.compare ? [routes.compare(coordinator.from.id, step.to.id)] : []),
      routes.role(step.to.id),
    ]);
    const onet: PlannerOnetGaps = {
      fromOccupation: 'Project Management Specialists',
      toOccupation: 'Information Technology Project Managers',
      sameOccupation: false,
      neededCount: 10,
      metCount: 8,
      gaps: [{ skill: 'Systems Analysis', slug: 'systems-analysis', now: 2.5, needed: 3.5, gap: 1, guides: [] }],
      gapCount: 1,
    };
    const withOnet: Plan = {
      ...coordinator,
      from: { ...coordinator.from, moves: coordinator.from.moves.map((m, i) => (i === 0 ? { ...m, onet } : m)) },
    };
    const view = planCards(withOnet);
    expect(view.onet).toBe(true);
    expect(part(view.cards[0]!, 'onet')).toHaveLength(1);
    expect(part(view.cards[1]!, 'onet')).toHaveLength(0);
    expect(links(part(view.cards[0]!, 'onet')[0]!.list![0]!.text)).toEqual([routes.skill('systems-analysis')]);
    // The attribution text itself is the renderers' to show; it must exist to be shown.
    expect(ONET_PLANNER_ATTRIBUTION).toMatch(/O\*NET/);
  });

  it('has no cards and no sources at the top of a ladder', () => {
    const top = graph.roles.find((r) => r.leadsTo.length === 0)!;
    const view = planCards(plan(index, { from: top.id, ...nothing }));
    expect(view.cards).toEqual([]);
    expect(view.sources).toEqual([]);
  });
});
