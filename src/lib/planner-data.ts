/**
 * Builds the planner's plain data from the role graph, pay rows and guides, at build time only.
 * The ladder helpers run here, once, so the browser never needs them (or node:fs behind them).
 */
import { loadSiteData } from './data/index';
import type { CertificationFact } from './data/certification-facts';
import type { CrosswalkRow } from './data/crosswalk';
import type { PayRow } from './data/pay';
import { getAllFaqs, getGuides } from './guides';
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
  getGraph,
} from './ladder';
import { countsTowardRules } from './planner/certifications';
import { plannerGaps } from './skills';
import type { PlannerOnetGaps } from './skills/planner-gaps';
import { indexData, type PlannerData, type PlannerFaq, type PlannerIndex, type PlannerPay } from './planner';

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
  };
}

let cache: Promise<PlannerIndex> | undefined;

/** The site's planner data, indexed, built once per build from the same sources as the ladders. */
export function loadPlanner(): Promise<PlannerIndex> {
  cache ??= (async () => {
    const graph = getGraph();
    const guides = await getGuides();
    const texts = guides.map((g) => ({
      slug: g.id,
      title: g.data.title,
      text: [g.data.title, g.data.description, ...g.data.faqs.map((f) => f.question)].join(' '),
    }));
    const data = loadSiteData();
    return indexData(
      buildPlannerData(
        graph,
        data.pay,
        data.crosswalkByRole,
        guides,
        await getAllFaqs(),
        plannerGaps(data, graph.moves, texts),
        data.certificationFacts,
      ),
    );
  })();
  return cache;
}
