import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { PAD, TYPE, stackRow, tickCount, type TextLine, closeFrame, type StackedFrame } from './frame';
import { textWidth } from './text';

export interface DivergingInput {
  id: string;
  label: string;
  sublabel?: string | undefined;
  /** Signed difference from the baseline. */
  value: number;
  valueLabel: string;
}

export type Direction = 'above' | 'below' | 'level';

export interface DivergingRow {
  id: string;
  label: string;
  sublabel: string | undefined;
  direction: Direction;
  labelLines: TextLine[];
  sublabelLines: TextLine[];
  bar: { x: number; y: number; width: number; height: number };
  value: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}

export interface DivergingLayout extends StackedFrame {
  zeroX: number;
  rows: DivergingRow[];
}

const BAR_HEIGHT = 16;

/**
 * Bars left or right of a zero line, on a domain symmetric about zero so equal distances mean equal
 * amounts either side. Value labels sit beyond the bar's end on its own side, in margins reserved
 * for the widest label, so they never cross the zero line or each other.
 */
export function divergingLayout(
  inputs: readonly DivergingInput[],
  options: { width: number; tickFormat: (value: number) => string },
): DivergingLayout {
  const { width } = options;
  const labelRoom = (max(inputs, (d) => textWidth(d.valueLabel, TYPE.value)) ?? 0) + 10;
  const plot = { left: PAD.left + labelRoom, right: width - PAD.right - labelRoom, top: PAD.top, bottom: 0 };
  const extent = max(inputs, (d) => Math.abs(d.value)) || 1;
  const x = scaleLinear().domain([-extent, extent]).range([plot.left, plot.right]).nice(tickCount(width));
  const zeroX = x(0);

  let top = plot.top;
  const rows = inputs.map((input): DivergingRow => {
    const block = stackRow(top, input.label, input.sublabel, width, BAR_HEIGHT);
    const end = x(input.value);
    const direction: Direction = input.value > 0 ? 'above' : input.value < 0 ? 'below' : 'level';
    const row: DivergingRow = {
      id: input.id,
      label: input.label,
      sublabel: input.sublabel,
      direction,
      labelLines: block.labelLines,
      sublabelLines: block.sublabelLines,
      bar: { x: Math.min(zeroX, end), y: block.markY - BAR_HEIGHT / 2, width: Math.abs(end - zeroX), height: BAR_HEIGHT },
      value:
        direction === 'below'
          ? { x: end - 8, y: block.markY, text: input.valueLabel, anchor: 'end' }
          : { x: end + 8, y: block.markY, text: input.valueLabel, anchor: 'start' },
    };
    top = block.bottom;
    return row;
  });
  return { ...closeFrame(width, plot, top, x, options.tickFormat), zeroX, rows };
}
