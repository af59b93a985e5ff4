/**
 * A plan as short cards: per next rung, the move, the pay change in one line, what is missing as a
 * checklist and the first guide to read, with the reasoning kept apart for a "How we worked this
 * out" disclosure. The sources behind every card are gathered once for the whole plan and
 * numbered in the order the cards first cite them.
 *
 * Both renderers draw this model: src/components/planner/PlanAnswer.astro at build time and
 * src/scripts/planner/render.ts in the browser, so the two cannot say different things.
 */
import { routes } from '../routes';
import { onetGapSize, onetGapSummary, type PlannerOnetGaps } from '../skills/planner-gaps';
import { certificationText, towardText, type CountsToward } from './certifications';
import type { Plan, PlanInput, PlannerPay, PlanStep } from './types';
import { heldText, missingText, moveText, payText, readingText, sourceLines, yearsText } from './wording';

/** A piece of a sentence: plain text, a link, or a reference to one of the plan's numbered sources. */
export type Run = string | { text: string; href: string } | { source: number };

/** One source of the plan, listed once however many cards cite it. */
export interface CardSource {
  /** 1-based, in the order the cards first cite it. */
  number: number;
  source: string;
  url: string;
  /** What the cited figure or rule is. */
  about: string;
}

export interface HowItem {
  text: Run[];
  /** A FAQ rather than a guide (print leaves questions out to keep one page). */
  question?: boolean;
}

/** One paragraph of the reasoning, with an optional list under it. */
export interface HowPart {
  /** Names the part for styling and tests: `plan-how__${key}`. */
  key: 'pay' | 'years' | 'skills' | 'certifications' | 'toward' | 'onet' | 'reading' | 'links';
  /** A few words set in bold before the text; none for a part that reads as a sentence on its own. */
  label?: string;
  text: Run[];
  list?: HowItem[];
}

export interface PlanCard {
  /** Id of the card's heading. */
  id: string;
  title: string;
  href: string;
  /** The kind of move and the typical years, in one line. */
  move: string;
  /** The pay change, or why there is none, in one line. */
  pay: string;
  /** What the rung still asks for: each skill, then the certifications as one item. */
  checklist: string[];
  /** The sentence shown instead of the checklist when nothing is missing. */
  nothingMissing?: string | undefined;
  /** The first thing to read, after "Read first:". */
  readFirst: Run[];
  how: HowPart[];
}

export interface PlanCards {
  /** What the plan counts as held. */
  held: string;
  cards: PlanCard[];
  sources: CardSource[];
  /** Whether any card shows O*NET data, so the O*NET attribution must show too. */
  onet: boolean;
}

/** A certification the reader cannot take yet is named with that caveat, never as a plain next step. */
export function certificationName(item: string, pmpNotYet: boolean): string {
  return pmpNotYet && item === 'PMP' ? 'PMP (once you are eligible)' : item;
}

/**
 * The certifications a rung still asks for as one checklist item: they are alternatives, so one
 * of them meets the rung. Undefined when none is missing.
 */
export function certificationItem(missing: readonly string[], pmpNotYet = false): string | undefined {
  const names = missing.map((c) => certificationName(c, pmpNotYet));
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `One of: ${names.join(', ')}`;
}

/** "A, B and C" or "A, B or C". */
function listWords(items: readonly string[], last: 'and' | 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** A sentence that ends in a colon, finished with the items it introduces. */
function withItems(sentence: string, items: readonly string[], last: 'and' | 'or'): string {
  return sentence.endsWith(':') && items.length > 0 ? `${sentence} ${listWords(items, last)}.` : sentence;
}

/** The move and the typical years: "Next rung of the … ladder (rung 2) · typically 3–5 years". */
export function moveLine(step: Pick<PlanStep, 'kind' | 'to'>): string {
  const years = yearsText(step.to);
  return `${moveText(step)} · ${step.to.years.estimate ? `typically ${years.value}` : 'typical years not cited'}`;
}

function nothingMissingText(step: PlanStep): string {
  const parts = [
    step.to.skills.length > 0 && 'every skill the role lists',
    step.certifications.listed.length === 1 && 'its certification',
    step.certifications.listed.length > 1 && 'one of its certifications',
  ].filter((p): p is string => typeof p === 'string');
  return parts.length === 0
    ? 'Nothing missing: the role lists no skills or certifications.'
    : `Nothing missing: you have ${parts.join(' and ')}.`;
}

/** Numbers sources in first-use order; the same source and text cited again keeps its number. */
class SourceList {
  readonly list: CardSource[] = [];
  private readonly byKey = new Map<string, number>();
  cite(line: { source: string; url: string; about: string }): number {
    const key = `${line.url}\n${line.source}\n${line.about}`;
    let number = this.byKey.get(key);
    if (number === undefined) {
      number = this.list.length + 1;
      this.byKey.set(key, number);
      this.list.push({ number, ...line });
    }
    return number;
  }
  pay(figures: readonly PlannerPay[]): number[] {
    return sourceLines(figures).map((line) => this.cite(line));
  }
  toward(rule: CountsToward): number {
    return this.cite({ source: rule.source, url: rule.url, about: `${rule.toward} prerequisites, and what ${rule.held} stands in for.` });
  }
}

/** " [1] [2]" after a sentence: each number a run of its own. */
function refs(numbers: readonly number[]): Run[] {
  return numbers.flatMap((source) => [' ', { source }]);
}

function readingLink(item: { kind: 'guide'; slug: string; title: string } | { kind: 'faq'; guide: string; id: string; question: string }) {
  return item.kind === 'guide'
    ? { text: item.title, href: routes.guide(item.slug) }
    : { text: item.question, href: routes.faq(item.guide, item.id) };
}

function onetPart(g: PlannerOnetGaps): HowPart {
  return {
    key: 'onet',
    label: 'Skill gaps measured by O*NET:',
    text: [onetGapSummary(g)],
    list: g.gaps.map((x) => ({
      text: [
        { text: x.skill, href: routes.skill(x.slug) },
        ` ${onetGapSize(x)} `,
        ...(x.guides.length === 0
          ? ['None of the site’s guides covers it.']
          : [
              'Read: ',
              ...x.guides.flatMap((gd, i): Run[] => [...(i > 0 ? ['; '] : []), { text: gd.title, href: routes.guide(gd.slug) }]),
              '.',
            ]),
      ],
    })),
  };
}

function card(plan: Plan, step: PlanStep, sources: SourceList, pmpNotYet: boolean): PlanCard {
  const pay = payText(step.pay, plan.from, step.to);
  const years = yearsText(step.to);
  const certs = certificationItem(step.missing.certifications, pmpNotYet);
  const checklist = [...step.missing.skills, ...(certs === undefined ? [] : [certs])];

  const guides = step.reading.guides.map((g) => ({ kind: 'guide' as const, ...g }));
  const faqs = step.reading.faqs.map((f) => ({ kind: 'faq' as const, ...f }));
  const [first, ...rest] = [...guides, ...faqs];
  const note = readingText(step.reading, plan.from, step.to);
  const readFirst: Run[] = first
    ? [
        readingLink(first),
        ...(step.reading.about === 'current'
          ? [` (no guide covers ${step.to.name} yet; this one covers ${plan.from.name}, your current role)`]
          : []),
      ]
    : [`${note ?? ''} Start from `, { text: 'all guides', href: routes.guides() }, '.'];

  const how: HowPart[] = [
    { key: 'pay', label: 'Pay change:', text: [pay.detail, ...refs(sources.pay(pay.figures))] },
    { key: 'years', label: 'Typical experience:', text: [`${years.value}. ${years.basis}`] },
    {
      key: 'skills',
      label: 'Skills:',
      text: [withItems(missingText(step.missing.skills, step.to.skills, 'skills'), step.missing.skills, 'and')],
    },
    {
      key: 'certifications',
      label: 'Certifications:',
      text: [
        withItems(
          certificationText(step.certifications),
          step.missing.certifications.map((c) => certificationName(c, pmpNotYet)),
          'or',
        ),
      ],
    },
    ...step.certifications.toward.map((rule): HowPart => ({ key: 'toward', text: [towardText(rule), ...refs([sources.toward(rule)])] })),
  ];
  const onet = plan.from.moves.find((m) => m.to === step.to.id)?.onet;
  if (onet) how.push(onetPart(onet));
  if (rest.length > 0)
    how.push({
      key: 'reading',
      label: 'Also worth reading, in order:',
      text: [],
      list: rest.map((item) => ({
        text: [item.kind === 'guide' ? 'Guide: ' : 'Question: ', readingLink(item)],
        ...(item.kind === 'faq' ? { question: true } : {}),
      })),
    });
  how.push({
    key: 'links',
    text: [
      ...(step.compare
        ? [{ text: `Compare ${plan.from.name} and ${step.to.name}`, href: routes.compare(plan.from.id, step.to.id) }, ' · ']
        : []),
      { text: `Everything about ${step.to.name}`, href: routes.role(step.to.id) },
    ],
  });

  return {
    id: `plan-${step.to.id}`,
    title: step.to.title,
    href: routes.role(step.to.id),
    move: moveLine(step),
    pay: pay.headline,
    checklist,
    nothingMissing: checklist.length === 0 ? nothingMissingText(step) : undefined,
    readFirst,
    how,
  };
}

/**
 * The plan as cards. `ticked` is what the reader ticked beyond their role (for the "counted as
 * yours" line); `pmpNotYet` names the PMP with its caveat for a reader who cannot take it yet.
 */
export function planCards(plan: Plan, ticked: Pick<PlanInput, 'skills'> = { skills: [] }, pmpNotYet = false): PlanCards {
  const held = heldText(plan, ticked);
  const sources = new SourceList();
  const cards = plan.steps.map((step) => card(plan, step, sources, pmpNotYet));
  return {
    held: `${held.skills} ${held.certifications}`,
    cards,
    sources: sources.list,
    onet: plan.from.moves.some((m) => m.onet),
  };
}

/** The id of a source's line in the list, for the "[1]" references to point at. */
export const sourceId = (number: number) => `plan-source-${number}`;
