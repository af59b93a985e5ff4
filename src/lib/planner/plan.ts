/**
 * The plan itself: for a starting role and what is held, each next rung with what it still asks for,
 * the pay change and what to read, in order.
 */
import { certificationGap } from './certifications';
import { lookup } from './lookup';
import { compareRanks, payChange } from './pay-change';
import type { Plan, PlanInput, PlannerGuide, PlannerIndex, PlannerRole, PlanStep } from './types';

/** How many FAQs a step suggests. */
export const FAQ_LIMIT = 4;
/** How many guides a step suggests: the best few, so a plan stays short enough to act on and print. */
export const GUIDE_LIMIT = 3;

/** Whether a piece of text names an item of the vocabulary as whole words, any case. */
export function names(text: string, item: string): boolean {
  const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\w+])${escaped}($|[^\\w+])`, 'i').test(text);
}

/**
 * Whether a guide is written for someone starting from another role than `from`: it names a role
 * people come from (its first role is an entry role) and does not list this one. An IT support
 * specialist is not sent first to the guide for people without a technical background.
 */
function startsElsewhere(index: PlannerIndex, guide: PlannerGuide, from: PlannerRole): boolean {
  if (guide.roles.includes(from.id)) return false;
  // A guide's first role is the one it is written for; a general guide that also lists an entry role is not.
  const first = guide.roles[0];
  return first !== undefined && index.roles.get(first)?.entry === true;
}

/**
 * What to read for one move, in order. Guides: those that concern both roles first (they are about
 * this very move), then those not written for another starting role, then those where the target is a nearer subject (earlier in the guide's `roles`),
 * then by slug. FAQs: the ones a role page shows for the target, those whose question names
 * something still missing first, otherwise in the role page's order; at most FAQ_LIMIT.
 * When nothing covers the target, the same rules run over what covers the current role, and
 * `about` says so.
 */
export function readingList(index: PlannerIndex, from: PlannerRole, to: PlannerRole, missing: readonly string[]): PlanStep['reading'] {
  const about = to.guides.length + to.faqs.length > 0 ? to : from;
  const other = about === to ? from : to;
  const guides = about.guides
    .map((slug) => lookup(index.guides, slug, 'guide'))
    .map((guide) => ({
      guide,
      rank: [guide.roles.includes(other.id) ? 0 : 1, startsElsewhere(index, guide, from) ? 1 : 0, guide.roles.indexOf(about.id)],
    }))
    .sort((x, y) => compareRanks(x.rank, y.rank) || (x.guide.slug < y.guide.slug ? -1 : x.guide.slug > y.guide.slug ? 1 : 0))
    .slice(0, GUIDE_LIMIT)
    .map((x) => x.guide);
  const faqs = about.faqs
    .map((key, position) => {
      const faq = lookup(index.faqs, key, 'FAQ');
      return { faq, rank: [missing.some((item) => names(faq.question, item)) ? 0 : 1, position] };
    })
    .sort((x, y) => compareRanks(x.rank, y.rank))
    .slice(0, FAQ_LIMIT)
    .map((x) => x.faq);
  return { about: about === to ? 'target' : 'current', guides, faqs };
}
function checkVocabulary(items: readonly string[], vocabulary: readonly string[], what: string): void {
  for (const item of items)
    if (!vocabulary.includes(item)) throw new Error(`Unknown ${what} "${item}": expected one of ${vocabulary.join(', ')}`);
}

/** The answer for a starting role and what is ticked. Throws on an unknown role or vocabulary item. */
export function plan(index: PlannerIndex, input: PlanInput): Plan {
  const from = lookup(index.roles, input.from, 'role');
  checkVocabulary(input.skills, index.data.skills, 'skill');
  checkVocabulary(input.certifications, index.data.certifications, 'certification');
  checkVocabulary(input.without ?? [], index.data.skills, 'skill');
  const without = new Set(input.without ?? []);
  const fromRole = from.skills.filter((s) => !without.has(s));
  const skills = new Set([...fromRole, ...input.skills]);
  const certifications = new Set(input.certifications);
  const held = {
    skills: index.data.skills.filter((s) => skills.has(s)),
    certifications: index.data.certifications.filter((c) => certifications.has(c)),
  };
  const steps = from.moves.map(({ to: toId, kind }): PlanStep => {
    const to = lookup(index.roles, toId, 'role');
    const certs = certificationGap(to.certifications, certifications, index.data.countsToward);
    const missing = { skills: to.skills.filter((s) => !skills.has(s)), certifications: certs.met ? [] : [...certs.listed] };
    return {
      to,
      kind,
      missing,
      certifications: certs,
      held: { skills: to.skills.filter((s) => skills.has(s)), certifications: certs.held },
      pay: payChange(index, from, to),
      compare: index.compares.has(`${from.id} ${toId}`),
      reading: readingList(index, from, to, [...missing.certifications, ...missing.skills]),
    };
  });
  return { from, held, fromRole, unticked: from.skills.filter((s) => without.has(s)), steps };
}
