/**
 * The offer check: where a salary offer falls in BLS's published wage distribution for one
 * occupation in one area. Between two published percentiles the position is read off a straight
 * line between them (BLS publishes five points, not the curve), and every answer says so. Pure and
 * free of d3, so the page's script runs it in the browser over the JSON the build emits.
 */
import { formatUsd } from '../charts/format';

export const OFFER_PERCENTILES = [10, 25, 50, 75, 90] as const;
export type OfferPercentile = (typeof OFFER_PERCENTILES)[number];

/** A published cell in order p10, p25, median, p75, p90: a figure, `#` (at or above the cap) or `*` (none). */
export type OfferCell = number | '#' | '*';

export interface Distribution {
  cells: readonly [OfferCell, OfferCell, OfferCell, OfferCell, OfferCell];
  /** The release's top-coding wage: a `#` cell is at least this. */
  topCode: number;
}

export interface Point {
  percentile: OfferPercentile;
  value: number;
}

export type OfferPlacement =
  | { kind: 'none' }
  | { kind: 'at'; point: Point }
  | { kind: 'below'; lowest: Point }
  /** `cap` is set when the next percentile is top-coded and the offer is at or above the cap. */
  | { kind: 'above'; highest: Point; cap: number | undefined }
  /** `estimate` is the interpolated percentile; undefined when the upper point is only "at least" the cap. */
  | { kind: 'between'; lower: Point; upper: Point; estimate: number | undefined };

export function placeOffer(offer: number, distribution: Distribution): OfferPlacement {
  const points: Point[] = [];
  let capFrom: OfferPercentile | undefined;
  distribution.cells.forEach((cell, i) => {
    if (typeof cell === 'number') points.push({ percentile: OFFER_PERCENTILES[i]!, value: cell });
    else if (cell === '#' && capFrom === undefined) capFrom = OFFER_PERCENTILES[i]!;
  });
  if (points.length === 0) return { kind: 'none' };
  const exact = points.find((p) => p.value === offer);
  if (exact) return { kind: 'at', point: exact };
  const lowest = points[0]!;
  if (offer < lowest.value) return { kind: 'below', lowest };
  for (let i = 0; i + 1 < points.length; i++) {
    const lower = points[i]!;
    const upper = points[i + 1]!;
    if (offer > lower.value && offer < upper.value) {
      const estimate = lower.percentile + ((offer - lower.value) / (upper.value - lower.value)) * (upper.percentile - lower.percentile);
      return { kind: 'between', lower, upper, estimate: Math.round(estimate) };
    }
  }
  const highest = points[points.length - 1]!;
  // The next percentile is top-coded: the offer is below it only if below the cap, and by how much BLS does not say.
  if (capFrom !== undefined && capFrom > highest.percentile) {
    if (offer < distribution.topCode)
      return { kind: 'between', lower: highest, upper: { percentile: capFrom, value: distribution.topCode }, estimate: undefined };
    return { kind: 'above', highest, cap: distribution.topCode };
  }
  return { kind: 'above', highest, cap: undefined };
}

/** "10th", "50th", "62nd", "71st", "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const named = (p: OfferPercentile) => (p === 50 ? 'the median (50th percentile)' : `the ${ordinal(p)} percentile`);

/**
 * The answer in words: "Between the 50th and 75th percentile in Texas (about the 62nd, reading a
 * straight line between BLS's two published figures, $93,880 and $122,660)."
 */
export function offerSentence(offer: number, placement: OfferPlacement, where: string): string {
  const amount = formatUsd(offer);
  switch (placement.kind) {
    case 'none':
      return `BLS publishes no wage figures for this occupation in ${where}, so ${amount} cannot be placed.`;
    case 'at':
      return `${amount} is ${named(placement.point.percentile)} in ${where}.`;
    case 'below':
      return `${amount} is below ${named(placement.lowest.percentile)} in ${where} (${formatUsd(placement.lowest.value)}): more than ${placement.lowest.percentile === 10 ? 'nine in ten' : 'most'} people in this occupation there earn more.`;
    case 'above':
      return placement.cap === undefined
        ? `${amount} is above ${named(placement.highest.percentile)} in ${where} (${formatUsd(placement.highest.value)}): ${placement.highest.percentile === 90 ? 'more than nine in ten' : 'most'} people in this occupation there earn less.`
        : `${amount} is above ${named(placement.highest.percentile)} in ${where} (${formatUsd(placement.highest.value)}) and at or above ${formatUsd(placement.cap)}, the highest wage BLS publishes as a figure; BLS gives no finer position above it.`;
    case 'between': {
      const { lower, upper } = placement;
      const range = `between the ${ordinal(lower.percentile)} and ${ordinal(upper.percentile)} percentile`;
      const head = `${amount} is ${range} in ${where}`;
      if (placement.estimate === undefined)
        return `${head}: BLS publishes the ${ordinal(upper.percentile)} percentile only as "at least ${formatUsd(upper.value)}", so there is no closer estimate.`;
      return `${head}: about the ${ordinal(placement.estimate)} percentile, reading a straight line between BLS's published ${formatUsd(lower.value)} and ${formatUsd(upper.value)}.`;
    }
  }
}

/** What the offer check's script reads from /pay/offer-data.json. */
export interface OfferData {
  /** The May release of the state figures, e.g. 2024. */
  year: number;
  topCode: number;
  areas: { code: string; name: string }[];
  roles: { id: string; title: string; soc: string; placement: string }[];
  occupations: Record<string, { name: string; us: OfferCell[]; states: Record<string, OfferCell[]> }>;
}

/** An offer as a reader types it: "95000", "$95,000", "95k". Undefined when it is not a positive amount. */
export function parseOffer(text: string): number | undefined {
  const match = /^\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, '')) * (match[2] ? 1000 : 1);
  return Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}
