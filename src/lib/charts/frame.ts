import type { ScaleLinear } from 'd3-scale';
import { textWidth, wrapText } from './text';

/**
 * Each chart is drawn twice, at a phone width and a desktop width, and CSS shows one. An SVG
 * cannot reflow, and one drawn wide and shrunk to 343 px would shrink its 14 px labels to 7 px.
 */
export const CHART_WIDTHS = { narrow: 340, wide: 720 } as const;
export type ChartVariant = keyof typeof CHART_WIDTHS;

/** Font sizes in viewBox units, which equal CSS pixels when the SVG is shown at its own width. */
export const TYPE = { label: 14, sublabel: 12.5, value: 13.5, tick: 12, group: 15 } as const;

export const PAD: Readonly<Record<'left' | 'right' | 'top' | 'axis', number>> = { left: 4, right: 8, top: 6, axis: 28 };

const EDGE_ROOM = 4;

export interface Tick {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Tick marks from the scale's own ticks; the outermost labels anchor inwards so they are not
 * clipped, and the count drops until no two labels touch. `size` is the tick labels' font size.
 * Every axis on the site (dashboards, ladder pictures, pay strips) gets its ticks here.
 */
export function axisTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  label: (value: number) => string,
  bounds: { left: number; right: number },
  size: number = TYPE.tick,
): Tick[] {
  for (let n = count; ; n--) {
    const ticks = scale.ticks(n).map((value): Tick => {
      const x = scale(value);
      const text = label(value);
      // The width is an estimate ("%" and some digits run wider), so keep a few pixels in hand at each edge.
      const half = textWidth(text, size) / 2 + EDGE_ROOM;
      const anchor = x - half < bounds.left ? 'start' : x + half > bounds.right ? 'end' : 'middle';
      return { value, x, label: text, anchor };
    });
    if (n <= 2 || !ticksOverlap(ticks, { size })) return ticks;
  }
}

function tickExtent(tick: Tick, size: number): [number, number] {
  const width = textWidth(tick.label, size);
  if (tick.anchor === 'start') return [tick.x, tick.x + width];
  if (tick.anchor === 'end') return [tick.x - width, tick.x];
  return [tick.x - width / 2, tick.x + width / 2];
}

export function ticksOverlap(ticks: readonly Tick[], { gap = 6, size = TYPE.tick }: { gap?: number; size?: number } = {}): boolean {
  return ticks.some((tick, i) => i > 0 && tickExtent(ticks[i - 1]!, size)[1] + gap > tickExtent(tick, size)[0]);
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
  const labelLines = wrapText(label, TYPE.label, room, { bold: true }).map((text) => {
    y += TYPE.label + (y === top ? 0 : LINE_GAP);
    return { text, y };
  });
  const sublabelLines =
    sublabel === undefined
      ? []
      : wrapText(sublabel, TYPE.sublabel, room).map((text) => {
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
export function closeFrame(
  width: number,
  plot: PlotArea,
  bottom: number,
  x: ScaleLinear<number, number>,
  tickFormat: (value: number) => string,
): StackedFrame {
  return {
    width,
    height: bottom + PAD.axis,
    plot: { ...plot, bottom },
    ticks: axisTicks(x, tickCount(width), tickFormat, { left: 0, right: width }),
  };
}
