/**
 * The career planner: from a starting role and what someone already holds, the next rungs, what
 * each still asks for, the pay change the cited data supports, and what to read next.
 *
 * Pure, and free of run-time imports from astro:content, node:fs and src/lib/ladder/index.ts, because the
 * same functions run at build time (the static per-role pages) and in the browser over the JSON the
 * build emits. The ladder helpers' answers (years, guides and FAQs per role, titles mid-sentence)
 * are folded into that data by src/lib/planner/data.ts.
 */
export type {
  PayChange,
  PlacementPoint,
  Plan,
  PlanInput,
  PlannerData,
  PlannerFaq,
  PlannerGuide,
  PlannerIndex,
  PlannerPay,
  PlannerRole,
  PlanStep,
} from './types';
export { citedPay, indexData } from './lookup';
export { payChange } from './pay-change';
export { FAQ_LIMIT, GUIDE_LIMIT, names, plan, readingList } from './plan';
export { heldText, missingText, moveText, payText, planSummary, readingText, sourceLines, yearsText, type PayText } from './wording';
export { itemSlug, planQuery, readPlanQuery, type PlanState } from './state';
export {
  certificationItem,
  certificationName,
  moveLine,
  planCards,
  sourceId,
  type CardSource,
  type HowItem,
  type HowPart,
  type PlanCard,
  type PlanCards,
  type Run,
} from './card';
