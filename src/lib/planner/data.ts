/**
 * Builds the planner's plain data from the role graph, pay rows and guides, at build time only:
 * the pages load the inputs (src/pages/planner/_planner.ts) and the browser gets the result as
 * /planner/plan-data.json. The ladder helpers run here, once, so the browser never needs them;
 * ESLint keeps src/scripts/ from importing this file.
 */
import type { CertificationFact } from '../data/certification-facts';
import type { CrosswalkRow } from '../data/crosswalk';
import type { PayRow } from '../data/pay';
import {
  CERTIFICATIONS,
  SKILLS,
  comparePairs,
  describeYears,
  faqsForRole,
  guidesForRole,
  payScope,
  titleInSentence,
  type GuideLike,
  type LadderGraph,
} from '../ladder';
import type { PlannerOnetGaps } from '../skills/planner-gaps';
import { countsTowardRules } from './certifications';
import { capmRule, pmpRule } from '../certifications/eligibility';
import type { PlannerData, PlannerFaq, PlannerPay } from './types';

export interface GuideInput extends GuideLike {
  data: { title: string; roles: readonly string[] };
}

export interface FaqInput {
  /** The FAQ's anchor on its guide page. */
  id: string;
  question: string;
  answer: string;
  guide: GuideInput;
}

function placementOf(crosswalk: ReadonlyMap<string, Pick<CrosswalkRow, 'placement'>>, roleId: string): CrosswalkRow['placement'] {
  const row = crosswalk.get(roleId);
  if (!row) throw new Error(`data/crosswalk.csv: expected a row for role "${roleId}", got none`);
  return row.placement;
}

const faqKey = (faq: Pick<FaqInput, 'id' | 'guide'>) => `${faq.guide.id}#${faq.id}`;

/** Guides and FAQs in the site's order (as getGuides and getAllFaqs return them). */
export function buildPlannerData(
  graph: LadderGraph,
  pay: readonly PayRow[],
  crosswalk: ReadonlyMap<string, Pick<CrosswalkRow, 'placement'>>,
  guides: readonly GuideInput[],
  faqs: readonly FaqInput[],
  onetGaps: Readonly<Record<string, PlannerOnetGaps>> = {},
  /** data/certification-facts.csv: where one certification counts toward another. */
  facts: readonly CertificationFact[] = [],
): PlannerData {
  const roles = graph.roles.map((role) => {
    const years = describeYears(role);
    return {
      id: role.id,
      title: role.title,
      name: titleInSentence(role.title),
      track: role.track,
      trackName: graph.tracks.find((t) => t.id === role.track)!.name,
      level: role.level,
      entry: role.track === 'entry',
      years: { value: years.value, basis: years.basis, estimate: years.estimate },
      skills: [...role.skills],
      certifications: [...role.certifications],
      moves: graph.moves
        .filter((m) => m.from === role.id)
        .map((m) => {
          const onet = onetGaps[`${role.id} ${m.to}`];
          return onet ? { to: m.to, kind: m.kind, onet } : { to: m.to, kind: m.kind };
        }),
      pay: [...role.pay],
      placement: placementOf(crosswalk, role.id),
      guides: guidesForRole(guides, role.id).map((g) => g.id),
      faqs: faqsForRole(faqs, role).map(faqKey),
    };
  });

  const cited = new Set(roles.flatMap((r) => r.pay));
  const plannerPay: PlannerPay[] = pay
    .filter((row) => cited.has(row.id))
    .map((row) => ({
      id: row.id,
      soc_code: row.soc_code,
      label: row.label,
      region: row.region,
      currency: row.currency,
      year: row.year,
      period: row.period,
      statistic: row.statistic,
      pay: row.pay,
      p25: row.p25,
      p75: row.p75,
      p90: row.p90,
      at_least: [...row.at_least],
      measure: row.measure,
      source: row.source,
      source_url: row.source_url,
      source_kind: row.source_kind,
      note: row.note,
      scope: payScope(row),
    }));

  // Only what some role points at travels to the browser.
  const usedFaqs = new Set(roles.flatMap((r) => r.faqs));
  const plannerFaqs: PlannerFaq[] = faqs
    .filter((f) => usedFaqs.has(faqKey(f)))
    .map((f) => ({ key: faqKey(f), guide: f.guide.id, id: f.id, question: f.question }));

  return {
    roles,
    pay: plannerPay,
    guides: guides.map((g) => ({ slug: g.id, title: g.data.title, roles: [...g.data.roles] })),
    faqs: plannerFaqs,
    skills: [...SKILLS],
    certifications: [...CERTIFICATIONS],
    compares: comparePairs(graph).map(([a, b]) => `${a.id} ${b.id}`),
    countsToward: countsTowardRules(facts, CERTIFICATIONS),
    pmpRule: pmpRule(facts),
    capmRule: capmRule(facts),
  };
}
