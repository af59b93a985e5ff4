import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { PAD, TYPE, stackRow, tickCount, type TextLine, closeFrame, type StackedFrame } from './frame';
import { textWidth } from './text';

export interface DumbbellInput {
  id: string;
  label: string;
  sublabel?: string | undefined;
  from: { value: number; label: string };
  to: { value: number; label: string };
}

export interface DumbbellRow {
  id: string;
  label: string;
  sublabel: string | undefined;
  labelLines: TextLine[];
  sublabelLines: TextLine[];
  markY: number;
  from: { x: number; value: number; text: string; textX: number; anchor: 'start' | 'end' };
  to: { x: number; value: number; text: string; textX: number; anchor: 'start' | 'end' };
  /** The connector between the two marks, as an SVG path. */
  path: string;
}

export interface DumbbellLayout extends StackedFrame {
  rows: DumbbellRow[];
}

const connector = line<[number, number]>();

/**
 * Two figures per row joined by a line: the lower one labelled on its left, the higher on its
 * right, in margins reserved for the widest labels. The scale starts at $0 so the gap reads
 * against the whole amount, not just the difference.
 */
export function dumbbellLayout(
  inputs: readonly DumbbellInput[],
  options: { width: number; tickFormat: (value: number) => string },
): DumbbellLayout {
  const { width } = options;
  const leftRoom = (max(inputs, (d) => textWidth(d.from.value <= d.to.value ? d.from.label : d.to.label, TYPE.value)) ?? 0) + 12;
  const rightRoom = (max(inputs, (d) => textWidth(d.from.value <= d.to.value ? d.to.label : d.from.label, TYPE.value)) ?? 0) + 12;
  const plot = { left: PAD.left + 8, right: width - PAD.right - rightRoom, top: PAD.top, bottom: 0 };
  const x = scaleLinear()
    .domain([0, max(inputs, (d) => Math.max(d.from.value, d.to.value)) || 1])
    .range([plot.left, plot.right])
    .nice(tickCount(width));

  let top = plot.top;
  const rows = inputs.map((input): DumbbellRow => {
    const block = stackRow(top, input.label, input.sublabel, width);
    const markY = block.markY;
    const fromX = x(input.from.value);
    const toX = x(input.to.value);
    const fromIsLow = input.from.value <= input.to.value;
    // The lower figure is labelled on its left; near the axis start it is clamped so it stays in view.
    const lowX = Math.max((fromIsLow ? fromX : toX) - 10, leftRoom - 4);
    const highX = (fromIsLow ? toX : fromX) + 10;
    const row: DumbbellRow = {
      id: input.id,
      label: input.label,
      sublabel: input.sublabel,
      labelLines: block.labelLines,
      sublabelLines: block.sublabelLines,
      markY,
      from: {
        x: fromX,
        value: input.from.value,
        text: input.from.label,
        textX: fromIsLow ? lowX : highX,
        anchor: fromIsLow ? 'end' : 'start',
      },
      to: { x: toX, value: input.to.value, text: input.to.label, textX: fromIsLow ? highX : lowX, anchor: fromIsLow ? 'start' : 'end' },
      path:
        connector([
          [fromX, markY],
          [toX, markY],
        ]) ?? '',
    };
    top = block.bottom;
    return row;
  });
  return { ...closeFrame(width, plot, top, x, options.tickFormat), rows };
}
