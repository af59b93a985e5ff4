import { scaleLinear, scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { axisTicks, PAD, TYPE, tickCount, type PlotArea, type Tick } from './frame';
import { textWidth } from './text';

export interface ScatterInput {
  points: readonly { x: number; y: number }[];
  /** Points drawn larger and numbered; `label` is the short marker text. */
  highlights: readonly { id: string; x: number; y: number; label: string }[];
  /** y = exp(intercept + slope × x), drawn across the points' x range: straight on a log y axis. */
  line?: { intercept: number; slope: number } | undefined;
  xDomain: readonly [number, number];
  xFormat: (value: number) => string;
  yFormat: (value: number) => string;
}

export interface YTick {
  value: number;
  y: number;
  label: string;
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: YTick[];
  /** Every point as one path of zero-length segments, drawn with round caps: a fraction of the bytes of a circle each. */
  dotsPath: string;
  line: { x1: number; y1: number; x2: number; y2: number } | undefined;
  highlights: { id: string; cx: number; cy: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'end' }[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Ticks of a log scale from its own ticks(), thinned to the 1-2-5 series so labels stay apart;
 * falls back to every tick when that leaves fewer than three.
 */
export function logTicks(scale: ScaleLogarithmic<number, number>, format: (value: number) => string): YTick[] {
  const all = scale.ticks();
  const leading = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v)));
  const nice = all.filter((v) => [1, 2, 5].includes(leading(v)));
  return (nice.length >= 3 ? nice : all).map((value) => ({ value, y: round(scale(value)), label: format(value) }));
}

/** Pushes label baselines apart so no two are closer than `gap`, keeping their order. */
export function separate(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const out = [...ys];
  let last = -Infinity;
  for (const [y, i] of order) {
    const placed = Math.max(y, last + gap);
    out[i] = placed;
    last = placed;
  }
  return out;
}

export function scatterLayout(input: ScatterInput, options: { width: number; height: number }): ScatterLayout {
  const { width, height } = options;
  const ys = [...input.points, ...input.highlights].map((p) => p.y);
  const yMin = Math.min(...ys);
  const yMax = Math.max(...ys);
  // A little room above and below the extreme dots; not nice(), which on a log scale jumps a whole decade.
  const probe = scaleLog().domain([yMin / 1.1, yMax * 1.1]);
  const left = PAD.left + Math.max(...logTicks(probe, input.yFormat).map((t) => textWidth(t.label, TYPE.tick))) + 8;
  const plot: PlotArea = { left, right: width - PAD.right - 6, top: PAD.top + 8, bottom: height - PAD.axis - 6 };
  const x = scaleLinear().domain(input.xDomain).range([plot.left, plot.right]);
  const y = scaleLog().domain(probe.domain()).range([plot.bottom, plot.top]);
  const dotsPath = input.points.map((p) => `M${round(x(p.x))} ${round(y(p.y))}h0`).join('');
  let line: ScatterLayout['line'];
  if (input.line && input.points.length > 1) {
    const xs = input.points.map((p) => p.x);
    const [x1, x2] = [Math.min(...xs), Math.max(...xs)];
    const at = (v: number) => Math.exp(input.line!.intercept + input.line!.slope * v);
    line = { x1: round(x(x1)), y1: round(y(at(x1))), x2: round(x(x2)), y2: round(y(at(x2))) };
  }
  const labelYs = separate(
    input.highlights.map((h) => y(h.y) + 4),
    TYPE.sublabel + 2,
  );
  const highlights = input.highlights.map((h, i) => {
    const cx = round(x(h.x));
    const cy = round(y(h.y));
    const fitsRight = cx + 9 + textWidth(h.label, TYPE.sublabel) <= width - PAD.right;
    return {
      id: h.id,
      cx,
      cy,
      label: h.label,
      labelX: fitsRight ? cx + 9 : cx - 9,
      labelY: round(labelYs[i]!),
      anchor: fitsRight ? ('start' as const) : ('end' as const),
    };
  });
  return {
    width,
    height,
    plot,
    xTicks: axisTicks(x, tickCount(width), input.xFormat, { left: 0, right: width }),
    yTicks: logTicks(y, input.yFormat),
    dotsPath,
    line,
    highlights,
  };
}
