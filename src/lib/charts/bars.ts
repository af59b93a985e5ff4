import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { PAD, TYPE, stackRow, tickCount, type TextLine, closeFrame, type StackedFrame } from './frame';
import { textWidth, wrapText } from './text';

export interface BarInput {
  id: string;
  label: string;
  sublabel?: string | undefined;
  value: number;
  /** The value as the reader should see it, e.g. "$135,000" or "7%". */
  valueLabel: string;
  /** A class name for the bar's colour. */
  kind: string;
  /** Consecutive inputs with the same group are drawn under one heading. */
  group?: string | undefined;
}

export interface BarRow {
  id: string;
  label: string;
  sublabel: string | undefined;
  kind: string;
  labelLines: TextLine[];
  sublabelLines: TextLine[];
  bar: { x: number; y: number; width: number; height: number };
  value: { x: number; y: number; text: string };
}

export interface BarLayout extends StackedFrame {
  /** Group headings, wrapped to the chart's width. */
  groups: { label: string; lines: TextLine[]; /** A rule above every group but the first. */ ruleY: number | undefined }[];
  rows: BarRow[];
}

const BAR_HEIGHT = 18;
const GROUP_GAP = 14;

/**
 * Horizontal bars from zero, in input order. Values must be 0 or more (a bar from zero to a
 * negative number needs the diverging layout). Space for the widest value label is reserved on the
 * right so every label sits just past its bar.
 */
export function barLayout(
  inputs: readonly BarInput[],
  options: { width: number; tickFormat: (value: number) => string; domainMax?: number },
): BarLayout {
  const { width } = options;
  const negative = inputs.find((d) => d.value < 0);
  if (negative) throw new RangeError(`barLayout: "${negative.label}" is negative (${negative.value}); use divergingLayout`);
  const labelRoom = (max(inputs, (d) => textWidth(d.valueLabel, TYPE.value)) ?? 0) + 10;
  const plot = { left: PAD.left + 4, right: width - PAD.right - labelRoom, top: PAD.top, bottom: 0 };
  const x = scaleLinear()
    .domain([0, Math.max(options.domainMax ?? 0, max(inputs, (d) => d.value) ?? 0, 1e-9)])
    .range([plot.left, plot.right])
    .nice(tickCount(width));

  const groups: BarLayout['groups'] = [];
  let top = plot.top;
  let currentGroup: string | undefined;
  const rows = inputs.map((input): BarRow => {
    if (input.group !== undefined && input.group !== currentGroup) {
      const ruleY = groups.length > 0 ? top + GROUP_GAP / 2 : undefined;
      if (groups.length > 0) top += GROUP_GAP;
      const lines = wrapText(input.group, TYPE.group, width - PAD.left - PAD.right, { bold: true }).map((text) => {
        top += TYPE.group + 3;
        return { text, y: top };
      });
      groups.push({ label: input.group, lines, ruleY });
      top += 8;
    }
    currentGroup = input.group;
    const block = stackRow(top, input.label, input.sublabel, width, BAR_HEIGHT);
    const barY = block.markY - BAR_HEIGHT / 2;
    const barEnd = x(input.value);
    const row: BarRow = {
      id: input.id,
      label: input.label,
      sublabel: input.sublabel,
      kind: input.kind,
      labelLines: block.labelLines,
      sublabelLines: block.sublabelLines,
      bar: { x: plot.left, y: barY, width: Math.max(barEnd - plot.left, 0), height: BAR_HEIGHT },
      value: { x: barEnd + 8, y: block.markY, text: input.valueLabel },
    };
    top = block.bottom;
    return row;
  });
  return { ...closeFrame(width, plot, top, x, options.tickFormat), groups, rows };
}
