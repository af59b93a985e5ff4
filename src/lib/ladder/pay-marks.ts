/**
 * The parts every ladder picture shares: cited pay figures as marks on one $0-based scale, the
 * axis under them, and lines of text placed at baselines. Plain numbers and path strings, no DOM;
 * text widths are estimated (the build has no font metrics), so wrapping errs on the wide side.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatUsdShort } from '../charts/format';
import { axisTicks, type Tick } from '../charts/frame';
import { textWidth } from '../charts/text';

import type { Measure } from '../data/pay';

export type PayMeasure = Measure;

/** One cited pay figure as the pictures need it. */
export interface PayPoint {
  id: string;
  /** The median or mean the source gives. */
  value: number;
  /** Lower and upper ends of the range the source gives (p25–p75, or median–p75), if any. */
  low?: number | undefined;
  high?: number | undefined;
  measure: PayMeasure;
  /** A few characters naming the figure next to its value, e.g. "BLS 2021" or "L3". */
  tag?: string | undefined;
  /** The site's stated placement of a rung within its occupation's distribution, not a measured figure. */
  placement?: boolean | undefined;
}

export interface PayMarkGeometry {
  id: string;
  measure: PayMeasure;
  placement: boolean;
  cx: number;
  cy: number;
  /** The percentile range as a horizontal band, when the source gives one. */
  band?: { x1: number; x2: number } | undefined;
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}

export interface AxisGeometry {
  y: number;
  x0: number;
  x1: number;
  /** Thinned until no two labels touch; the outermost anchor inwards. */
  ticks: Tick[];
  /** Vertical grid lines span from the top of the plot to the axis. */
  gridTop: number;
}

/** A linear scale from $0 to a nice round top above every figure, so bar lengths compare honestly. */
export function payScale(points: readonly PayPoint[], range: [number, number]): ScaleLinear<number, number> {
  const top = Math.max(1, ...points.map((p) => Math.max(p.value, p.high ?? 0)));
  return scaleLinear().domain([0, top]).nice(4).range(range);
}

export function axis(scale: ScaleLinear<number, number>, y: number, gridTop: number, tickCount: number, fontSize: number): AxisGeometry {
  const [x0, x1] = scale.range() as [number, number];
  return { y, x0, x1, gridTop, ticks: axisTicks(scale, tickCount, formatUsdShort, { left: x0, right: x1 }, fontSize) };
}

/** Radius of a pay mark's dot at a given font size. */
export function markRadius(fontSize: number): number {
  return Math.max(4, fontSize * 0.4);
}

/** Places a mark, its band and its value label; the label goes left of the mark when it would run off the plot. */
export function payMark(point: PayPoint, scale: ScaleLinear<number, number>, cy: number, fontSize: number): PayMarkGeometry {
  const cx = scale(point.value);
  const hasBand = point.low !== undefined || point.high !== undefined;
  const x1 = scale(Math.min(point.low ?? point.value, point.value));
  const x2 = scale(Math.max(point.high ?? point.value, point.value));
  const text = point.tag ? `${formatUsdShort(point.value)} ${point.tag}` : formatUsdShort(point.value);
  const [, right] = scale.range() as [number, number];
  const after = Math.max(x2, cx) + 9;
  const fits = after + textWidth(text, fontSize) <= right + 4;
  return {
    id: point.id,
    measure: point.measure,
    placement: point.placement === true,
    cx,
    cy,
    band: hasBand ? { x1, x2 } : undefined,
    label: fits ? { x: after, y: cy, text, anchor: 'start' } : { x: Math.min(x1, cx) - 9, y: cy, text, anchor: 'end' },
  };
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
}

export function lines(texts: readonly string[], x: number, firstBaseline: number, lineHeight: number): TextLine[] {
  return texts.map((text, i) => ({ x, y: firstBaseline + i * lineHeight, text }));
}
