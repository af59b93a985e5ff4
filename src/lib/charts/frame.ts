import type { ScaleLinear } from 'd3-scale';

/**
 * Each chart is drawn twice, at a phone width and a desktop width, and CSS shows one. An SVG
 * cannot reflow, and one drawn wide and shrunk to 343 px would shrink its 14 px labels to 7 px.
 */
export const CHART_WIDTHS = { narrow: 340, wide: 720 } as const;
export type ChartVariant = keyof typeof CHART_WIDTHS;

/** Font sizes in viewBox units, which equal CSS pixels when the SVG is shown at its own width. */
export const TYPE = { label: 14, sublabel: 12.5, value: 13.5, tick: 12, group: 15 } as const;
/** Bold text (group headings) runs about a tenth wider than the width estimate for regular text. */
export const BOLD_WIDTH = 1.1;

export const PAD: Readonly<Record<'left' | 'right' | 'top' | 'axis', number>> = { left: 4, right: 8, top: 6, axis: 28 };

/**
 * Width of a label in px, erring wide: system-ui averages about 0.55 em per character in mixed
 * text, so 0.6 em leaves room rather than letting a label run off the edge.
 */
export function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.6);
}

const EDGE_ROOM = 4;

export interface Tick {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Tick marks from the scale's own ticks; the outermost labels anchor inwards so they are not
 * clipped, and the count drops until no two labels touch.
 */
export function axisTicks(scale: ScaleLinear<number, number>, count: number, label: (value: number) => string, bounds: { left: number; right: number }): Tick[] {
  for (let n = count; ; n--) {
    const ticks = scale.ticks(n).map((value): Tick => {
      const x = scale(value);
      const text = label(value);
      // The width is an estimate ("%" and some digits run wider), so keep a few pixels in hand at each edge.
      const half = textWidth(text, TYPE.tick) / 2 + EDGE_ROOM;
      const anchor = x - half < bounds.left ? 'start' : x + half > bounds.right ? 'end' : 'middle';
      return { value, x, label: text, anchor };
    });
    if (n <= 2 || !ticksOverlap(ticks)) return ticks;
  }
}

function tickExtent(tick: Tick): [number, number] {
  const width = textWidth(tick.label, TYPE.tick);
  if (tick.anchor === 'start') return [tick.x, tick.x + width];
  if (tick.anchor === 'end') return [tick.x - width, tick.x];
  return [tick.x - width / 2, tick.x + width / 2];
}

export function ticksOverlap(ticks: readonly Tick[], gap = 6): boolean {
  return ticks.some((tick, i) => i > 0 && tickExtent(ticks[i - 1]!)[1] + gap > tickExtent(tick)[0]);
}

/** Fewer ticks on a phone so their labels do not collide. */
export function tickCount(width: number): number {
  return width < 480 ? 4 : 7;
}

export interface TextLine {
  text: string;
  /** Baseline, in chart coordinates. */
  y: number;
}

/** Greedy word wrap to a width; a single word longer than the width gets a line to itself. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

export interface StackedRow {
  labelLines: TextLine[];
  sublabelLines: TextLine[];
  /** Centre line of the row's marks. */
  markY: number;
  /** Where the next row starts. */
  bottom: number;
}

const LINE_GAP = 4;

/**
 * Rows put their label (wrapped to the chart's width) above the marks rather than in a left gutter,
 * so a long label never squeezes the plot on a phone.
 */
export function stackRow(top: number, label: string, sublabel: string | undefined, width: number, markHeight = 16): StackedRow {
  const room = width - PAD.left - PAD.right;
  let y = top;
  const labelLines = wrapText(label, TYPE.label, room).map((text) => {
    y += TYPE.label + (y === top ? 0 : LINE_GAP);
    return { text, y };
  });
  const sublabelLines = sublabel === undefined ? [] : wrapText(sublabel, TYPE.sublabel, room).map((text) => {
    y += TYPE.sublabel + LINE_GAP;
    return { text, y };
  });
  const markY = y + 8 + markHeight / 2;
  return { labelLines, sublabelLines, markY, bottom: markY + markHeight / 2 + 14 };
}

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface StackedFrame {
  width: number;
  height: number;
  plot: PlotArea;
  ticks: Tick[];
}

/**
 * The frame every stacked-row chart ends with once its rows are placed: the plot stops below the
 * last row (`bottom`), with room for the value axis under it.
 */
export function closeFrame(width: number, plot: PlotArea, bottom: number, x: ScaleLinear<number, number>, tickFormat: (value: number) => string): StackedFrame {
  return {
    width,
    height: bottom + PAD.axis,
    plot: { ...plot, bottom },
    ticks: axisTicks(x, tickCount(width), tickFormat, { left: 0, right: width }),
  };
}
