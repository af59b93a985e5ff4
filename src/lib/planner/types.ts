/** The planner's data and answers: the shapes shared by the build, the browser script and the wording. */
import type { CapmRule, PmpRule } from '../certifications/eligibility';
import type { Placement } from '../data/crosswalk';
import type { PayRow } from '../data/pay';
import type { MoveKind, TrackId } from '../ladder';
import type { PlannerOnetGaps } from '../skills/planner-gaps';
import type { CertificationGap, CountsToward } from './certifications';

export type PlannerPay = Pick<
  PayRow,
  | 'id'
  | 'soc_code'
  | 'label'
  | 'region'
  | 'currency'
  | 'year'
  | 'period'
  | 'statistic'
  | 'pay'
  | 'p25'
  | 'p75'
  | 'p90'
  | 'at_least'
  | 'measure'
  | 'source'
  | 'source_url'
  | 'source_kind'
  | 'note'
> & {
  /** A whole occupation (BLS) or a job title; an occupation's figure is never one rung's own. */
  scope: 'occupation' | 'job-title';
};

export interface PlannerRole {
  id: string;
  title: string;
  /** The title as it reads mid-sentence ("IT project manager", "software developer"). */
  name: string;
  track: TrackId;
  trackName: string;
  level: number;
  entry: boolean;
  /** Typical years of experience in words, and what they rest on. */
  years: { value: string; basis: string; estimate: boolean };
  skills: string[];
  certifications: string[];
  /** The roles it leads to, in the order data/roles.csv lists them. */
  moves: Array<{ to: string; kind: MoveKind; onet?: PlannerOnetGaps | undefined }>;
  /** Ids of cited pay rows, primary first; empty = no cited figure. */
  pay: string[];
  /** Where the site places the role in its occupation's pay distribution (data/crosswalk.csv). */
  placement: Placement;
  /** Slugs of the guides that concern the role, in the site's guide order. */
  guides: string[];
  /** Keys (`guide#faq-id`) of the FAQs a role page shows for it, in that order. */
  faqs: string[];
}

export interface PlannerGuide {
  slug: string;
  title: string;
  /** The guide's frontmatter `roles`, its main subject first. */
  roles: string[];
}

export interface PlannerFaq {
  key: string;
  guide: string;
  id: string;
  question: string;
}

/** Everything the planner reads: what the build writes to /planner/plan-data.json. */
export interface PlannerData {
  roles: PlannerRole[];
  pay: PlannerPay[];
  guides: PlannerGuide[];
  faqs: PlannerFaq[];
  skills: string[];
  certifications: string[];
  /** Pairs with a static comparison page, as "from-id to-id". */
  compares: string[];
  /** Certifications that count toward another (CAPM toward PMP), from data/certification-facts.csv. */
  countsToward: CountsToward[];
  /** PMI's full PMP rule from data/certification-facts.csv, for checkPmpEligibility in the browser; absent when incomplete. */
  pmpRule?: PmpRule | undefined;
  /** The CAPM's rule, for the certification answer; absent when incomplete. */
  capmRule?: CapmRule | undefined;
}

export interface PlanInput {
  from: string;
  /** Skills and certifications ticked, by vocabulary name. */
  skills: readonly string[];
  certifications: readonly string[];
  /** Skills the starting role lists that the person says they lack (unticked). */
  without?: readonly string[];
}

export type PayChange =
  | { kind: 'derived'; from: PlannerPay; to: PlannerPay; difference: number; sameYear: boolean }
  | { kind: 'same-figure'; figure: PlannerPay }
  /** Both roles share one occupation: the change is between the site's placements within it. */
  | { kind: 'placement'; figure: PlannerPay; from: PlacementPoint; to: PlacementPoint; difference: number }
  | { kind: 'no-figures' }
  | { kind: 'no-current-figure'; to: PlannerPay }
  | { kind: 'no-target-figure'; from: PlannerPay };

export interface PlacementPoint {
  placement: Placement;
  /** The percentile the placement points at, e.g. "25th percentile". */
  percentile: string;
  value: number;
}

export interface PlanStep {
  to: PlannerRole;
  kind: MoveKind;
  /**
   * What the target role lists that is not held, in the role's own order. Certifications are
   * alternatives: all are listed while none is held, none once one is (see `certifications`).
   */
  missing: { skills: string[]; certifications: string[] };
  certifications: CertificationGap;
  /** What the target role lists that is already held. */
  held: { skills: string[]; certifications: string[] };
  pay: PayChange;
  /** Whether the site has a static comparison page for this move. */
  compare: boolean;
  /** Guides first, then FAQs, each in reading order; `about` is the role they cover. */
  reading: { about: 'target' | 'current'; guides: PlannerGuide[]; faqs: PlannerFaq[] };
}

export interface Plan {
  from: PlannerRole;
  /** Everything counted as held: ticked, plus the skills the current role lists. */
  held: { skills: string[]; certifications: string[] };
  /** Skills counted because the current role lists them (certifications never are: they are personal). */
  fromRole: string[];
  /** Skills the current role lists that the person unticked, so they count as missing. */
  unticked: string[];
  steps: PlanStep[];
}

export interface PlannerIndex {
  data: PlannerData;
  roles: Map<string, PlannerRole>;
  pay: Map<string, PlannerPay>;
  guides: Map<string, PlannerGuide>;
  faqs: Map<string, PlannerFaq>;
  compares: Set<string>;
}
