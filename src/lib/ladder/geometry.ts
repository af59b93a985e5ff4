/**
 * Geometry for the ladder pictures: plain numbers and path strings, no DOM.
 * `.astro` components turn the results into SVG. Text widths are estimated (the build has no
 * font metrics), so wrapping errs on the wide side.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatUsdShort } from '../charts/format';
import { axisTicks, type Tick } from '../charts/frame';
import { textWidth, wrapText } from '../charts/text';

export type PayMeasure = 'base-wage' | 'salary' | 'total-compensation';

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

function axis(scale: ScaleLinear<number, number>, y: number, gridTop: number, tickCount: number, fontSize: number): AxisGeometry {
  const [x0, x1] = scale.range() as [number, number];
  return { y, x0, x1, gridTop, ticks: axisTicks(scale, tickCount, formatUsdShort, { left: x0, right: x1 }, fontSize) };
}

/** Radius of a pay mark's dot at a given font size. */
export function markRadius(fontSize: number): number {
  return Math.max(4, fontSize * 0.4);
}

/**
 * The total-compensation mark: a diamond centred on (cx, cy) whose half-diagonal is 1.3 r, so it
 * looks about as heavy as a dot of radius r.
 */
export function diamondPath(cx: number, cy: number, r: number): string {
  const d = r * 1.3;
  return `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`;
}

/** Places a mark, its band and its value label; the label goes left of the mark when it would run off the plot. */
function payMark(point: PayPoint, scale: ScaleLinear<number, number>, cy: number, fontSize: number): PayMarkGeometry {
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

function lines(texts: readonly string[], x: number, firstBaseline: number, lineHeight: number): TextLine[] {
  return texts.map((text, i) => ({ x, y: firstBaseline + i * lineHeight, text }));
}

// ---------------------------------------------------------------------------------------------
// Track ladder: one rung per role, highest at the top, each rung's pay on one shared scale.

export interface LadderRungInput {
  id: string;
  title: string;
  /** e.g. "3–5 years (estimate)". */
  years: string;
  pay: PayPoint[];
}

export interface LadderOptions {
  width: number;
  /** Width of the ladder itself (rails and rung labels); the pay plot takes the rest. */
  ladderWidth: number;
  fontSize: number;
}

export interface LadderRungGeometry {
  id: string;
  /** The rung drawn between the rails. */
  box: { x: number; y: number; width: number; height: number };
  title: TextLine[];
  years: TextLine[];
  marks: PayMarkGeometry[];
  /** Shown in the pay plot when the rung has no cited figure. */
  noFigure?: TextLine | undefined;
  /**
   * Big-tech total compensation on a ladder that also has base wages or salaries: written out
   * under the marks instead of drawn, because on one axis it would stretch the scale several
   * times past the base figures and squash them together.
   */
  apart: TextLine[];
}

export interface LadderGeometry {
  width: number;
  height: number;
  fontSize: number;
  rails: { left: number; right: number; top: number; bottom: number };
  rungs: LadderRungGeometry[];
  axis: AxisGeometry;
  plot: { x0: number; x1: number };
}

const isTotalComp = (p: PayPoint) => p.measure === 'total-compensation';

/** Rungs arrive lowest first (as tracks list them) and are drawn top-down from the highest. */
export function ladderGeometry(rungsLowFirst: readonly LadderRungInput[], options: LadderOptions): LadderGeometry {
  const { width, ladderWidth, fontSize } = options;
  const margin = 6;
  const rail = { left: margin + 4, right: margin + ladderWidth - 4 };
  const plotX0 = margin + ladderWidth + 18;
  const plotX1 = width - margin - 4;
  const lineHeight = Math.round(fontSize * 1.3);
  const markStep = Math.round(fontSize * 1.55);
  const pad = 8;
  const gap = 16;
  const top = margin + 10;
  const everyPoint = rungsLowFirst.flatMap((r) => r.pay);
  const mixed = everyPoint.some(isTotalComp) && everyPoint.some((p) => !isTotalComp(p));
  const drawn = (rung: LadderRungInput) => (mixed ? rung.pay.filter((p) => !isTotalComp(p)) : rung.pay);
  const scale = payScale(rungsLowFirst.flatMap(drawn), [plotX0, plotX1]);
  const apartSize = fontSize * 0.9;
  const textX = rail.left + 10;
  const textWidthMax = rail.right - rail.left - 20;

  let y = top;
  const rungs: LadderRungGeometry[] = [...rungsLowFirst].reverse().map((rung) => {
    const titleLines = wrapText(rung.title, fontSize, textWidthMax, { bold: true });
    const yearsLines = wrapText(rung.years, fontSize * 0.9, textWidthMax);
    const textHeight = (titleLines.length + yearsLines.length) * lineHeight;
    const points = drawn(rung);
    const apartPoints = mixed ? rung.pay.filter(isTotalComp) : [];
    const apartLines =
      apartPoints.length === 0
        ? []
        : wrapText(
            `Big-tech total comp., not on this scale: ${apartPoints.map((p) => (p.tag ? `${formatUsdShort(p.value)} ${p.tag}` : formatUsdShort(p.value))).join(', ')}`,
            apartSize,
            plotX1 - plotX0,
          );
    const marksHeight = Math.max(1, points.length) * markStep + apartLines.length * lineHeight;
    const height = Math.max(textHeight, marksHeight) + pad * 2;
    const box = { x: rail.left, y, width: rail.right - rail.left, height };
    const textTop = y + (height - textHeight) / 2 + fontSize;
    const marksTop = y + (height - marksHeight) / 2 + markStep / 2;
    const geometry: LadderRungGeometry = {
      id: rung.id,
      box,
      title: lines(titleLines, textX, textTop, lineHeight),
      years: lines(yearsLines, textX, textTop + titleLines.length * lineHeight, lineHeight),
      marks: points.map((point, i) => payMark(point, scale, marksTop + i * markStep, fontSize * 0.92)),
      noFigure: rung.pay.length === 0 ? { x: plotX0, y: marksTop + fontSize * 0.35, text: 'No cited figure' } : undefined,
      apart: lines(apartLines, plotX0, marksTop - markStep / 2 + points.length * markStep + apartSize, lineHeight),
    };
    y += height + gap;
    return geometry;
  });
  const plotBottom = y - gap + 6;
  const axisGeometry = axis(scale, plotBottom, top - 6, width < 500 ? 3 : 5, fontSize * 0.9);
  return {
    width,
    height: plotBottom + fontSize * 2.4,
    fontSize,
    rails: { left: rail.left, right: rail.right, top: top - 10, bottom: plotBottom + 6 },
    rungs,
    axis: axisGeometry,
    plot: { x0: plotX0, x1: plotX1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Overview: every ladder as a column of rungs, entry roles along the bottom, every move an arrow.

export interface OverviewNodeInput {
  id: string;
  title: string;
  /** Column of its ladder (0-based); ignored for entry roles. */
  column: number;
  /** 1 = lowest rung; 0 = entry role. */
  level: number;
}

export interface OverviewEdgeInput {
  from: string;
  to: string;
  kind: 'step' | 'cross-track' | 'entry';
}

export interface OverviewOptions {
  width: number;
  fontSize: number;
  columns: Array<{ id: string; title: string }>;
  /** Draw entry roles and their moves; off on narrow screens where a text list carries them. */
  includeEntry: boolean;
}

export interface OverviewNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
  entry: boolean;
}

export interface OverviewEdge extends OverviewEdgeInput {
  path: string;
}

export interface OverviewGeometry {
  width: number;
  height: number;
  fontSize: number;
  headers: Array<{ id: string; lines: TextLine[]; x: number; width: number; y: number }>;
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  /** Where the entry band starts, for its caption. */
  entryLabel?: TextLine | undefined;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

export function overviewGeometry(
  nodesIn: readonly OverviewNodeInput[],
  edgesIn: readonly OverviewEdgeInput[],
  options: OverviewOptions,
): OverviewGeometry {
  const { width, fontSize, columns, includeEntry } = options;
  const margin = 4;
  const lineHeight = Math.round(fontSize * 1.25);
  const pad = 7;
  const columnGap = Math.max(18, Math.round((width - margin * 2) * 0.12));
  const columnWidth = (width - margin * 2 - columnGap * (columns.length - 1)) / columns.length;
  const columnX = (c: number) => margin + c * (columnWidth + columnGap);
  const rungs = nodesIn.filter((n) => n.level >= 1);
  const entries = includeEntry ? nodesIn.filter((n) => n.level === 0) : [];
  const levels = Math.max(1, ...rungs.map((n) => n.level));

  const headerLines = columns.map((c) => wrapText(c.title, fontSize, columnWidth - 4, { bold: true }));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight;
  const headers = columns.map((c, i) => ({
    id: c.id,
    x: columnX(i),
    width: columnWidth,
    y: margin,
    lines: lines(headerLines[i]!, columnX(i) + columnWidth / 2, margin + fontSize, lineHeight),
  }));

  const wrapped = new Map(rungs.map((n) => [n.id, wrapText(n.title, fontSize, columnWidth - pad * 2, { bold: true })]));
  const nodeHeight = Math.max(...[...wrapped.values()].map((l) => l.length)) * lineHeight + pad * 2;
  const rowGap = Math.max(34, Math.round(fontSize * 3.2));
  const top = margin + headerHeight + 14;
  const rowY = (level: number) => top + (levels - level) * (nodeHeight + rowGap);

  const nodes: OverviewNode[] = rungs.map((n) => {
    const x = columnX(n.column);
    const y = rowY(n.level);
    const text = wrapped.get(n.id)!;
    const firstBaseline = y + (nodeHeight - text.length * lineHeight) / 2 + fontSize * 0.95;
    return {
      id: n.id,
      x,
      y,
      width: columnWidth,
      height: nodeHeight,
      entry: false,
      lines: lines(text, x + columnWidth / 2, firstBaseline, lineHeight),
    };
  });

  let bottom = rowY(1) + nodeHeight;
  let entryLabel: TextLine | undefined;
  if (entries.length > 0) {
    const entryGap = 12;
    const entryWidth = (width - margin * 2 - entryGap * (entries.length - 1)) / entries.length;
    const entryText = new Map(entries.map((n) => [n.id, wrapText(n.title, fontSize * 0.92, entryWidth - pad * 2, { bold: true })]));
    const entryHeight = Math.max(...[...entryText.values()].map((l) => l.length)) * lineHeight + pad * 2;
    const y = bottom + rowGap * 2.2;
    // The caption sits under the boxes: above them the arrows would run through it.
    entryLabel = { x: margin, y: y + entryHeight + fontSize * 1.3, text: 'Before project management: where people come from' };
    // Order entry roles by where they lead, so their arrows cross as little as possible.
    const meanTargetColumn = (id: string) => {
      const targets = edgesIn.filter((e) => e.from === id).map((e) => rungs.find((r) => r.id === e.to)?.column ?? 0);
      return targets.reduce((a, b) => a + b, 0) / Math.max(1, targets.length);
    };
    const ordered = [...entries].sort((a, b) => meanTargetColumn(a.id) - meanTargetColumn(b.id) || nodesIn.indexOf(a) - nodesIn.indexOf(b));
    ordered.forEach((n, i) => {
      const x = margin + i * (entryWidth + entryGap);
      const text = entryText.get(n.id)!;
      const firstBaseline = y + (entryHeight - text.length * lineHeight) / 2 + fontSize * 0.9;
      nodes.push({
        id: n.id,
        x,
        y,
        width: entryWidth,
        height: entryHeight,
        entry: true,
        lines: lines(text, x + entryWidth / 2, firstBaseline, lineHeight),
      });
    });
    bottom = entryLabel.y + fontSize * 0.4;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawn = edgesIn.filter((e) => byId.has(e.from) && byId.has(e.to));

  // Decide which side of each node every edge leaves and enters by.
  const sides = drawn.map((e) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    if (a.y === b.y) {
      const adjacent = Math.abs(a.x - b.x) < columnWidth + columnGap + 1;
      if (adjacent) return a.x < b.x ? (['right', 'left'] as [Side, Side]) : (['left', 'right'] as [Side, Side]);
      return ['bottom', 'bottom'] as [Side, Side];
    }
    return b.y < a.y ? (['top', 'bottom'] as [Side, Side]) : (['bottom', 'top'] as [Side, Side]);
  });

  // Spread the ends that share a side of a node, ordered by where the other end lies.
  const ports = new Map<string, Array<{ edge: number; end: 0 | 1; other: number }>>();
  drawn.forEach((e, i) => {
    const ends: Array<[string, string, 0 | 1]> = [
      [e.from, e.to, 0],
      [e.to, e.from, 1],
    ];
    for (const [self, other, end] of ends) {
      const key = `${self} ${sides[i]![end]}`;
      const o = byId.get(other)!;
      const list = ports.get(key) ?? [];
      list.push({ edge: i, end, other: o.x + o.width / 2 });
      ports.set(key, list);
    }
  });
  const point = (edge: number, end: 0 | 1): [number, number] => {
    const e = drawn[edge]!;
    const node = byId.get(end === 0 ? e.from : e.to)!;
    const side = sides[edge]![end];
    const list = ports.get(`${node.id} ${side}`)!.sort((p, q) => p.other - q.other);
    const k = list.findIndex((p) => p.edge === edge && p.end === end);
    if (side === 'left' || side === 'right') {
      const t = (k + 1) / (list.length + 1);
      return [side === 'left' ? node.x : node.x + node.width, node.y + node.height * t];
    }
    const t = 0.2 + (0.6 * (k + 1)) / (list.length + 1);
    return [node.x + node.width * t, side === 'top' ? node.y : node.y + node.height];
  };

  let lowest = bottom;
  const edges: OverviewEdge[] = drawn.map((e, i) => {
    const [x1, y1] = point(i, 0);
    const [x2, y2] = point(i, 1);
    const [s0, s1] = sides[i]!;
    const r = (n: number) => Math.round(n * 10) / 10;
    let path: string;
    if (s0 === 'left' || s0 === 'right') path = `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
    else if (s0 === 'bottom' && s1 === 'bottom') {
      const dip = rowGap * 0.75;
      // A cubic whose control points both sit `dip` below its ends reaches three quarters of the way down.
      lowest = Math.max(lowest, Math.max(y1, y2) + dip * 0.75 + 4);
      path = `M${r(x1)},${r(y1)}C${r(x1)},${r(y1 + dip)} ${r(x2)},${r(y2 + dip)} ${r(x2)},${r(y2)}`;
    } else if (Math.abs(x1 - x2) < 0.5) path = `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
    else {
      const mid = (y1 + y2) / 2;
      path = `M${r(x1)},${r(y1)}C${r(x1)},${r(mid)} ${r(x2)},${r(mid)} ${r(x2)},${r(y2)}`;
    }
    return { ...e, path };
  });

  return { width, height: Math.ceil(lowest + margin + 2), fontSize, headers, nodes, edges, entryLabel };
}
