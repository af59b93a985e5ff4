import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond } from 'd3-shape';
import { formatUsd, formatUsdShort } from './format';
import { PAD, TYPE, stackRow, tickCount, type TextLine, closeFrame, type StackedFrame } from './frame';
import { textWidth } from './text';

export const PERCENTILES = ['p10', 'p25', 'p75', 'p90'] as const;
export type Percentile = (typeof PERCENTILES)[number];

export interface PayRangeInput {
  id: string;
  label: string;
  sublabel?: string | undefined;
  /** A class name for the mark's colour, e.g. the source kind. */
  kind: string;
  statistic: 'median' | 'mean';
  pay: number;
  p10?: number | undefined;
  p25?: number | undefined;
  p75?: number | undefined;
  p90?: number | undefined;
  /** Percentiles BLS top-codes: the value given is the cap, and the true figure is at least that. */
  atLeast?: readonly Percentile[] | undefined;
  /** The site's stated placement of a role within this distribution, drawn as a labelled bracket. */
  placement?: { low: number; high: number; label: string } | undefined;
}

export interface PayRangeRow {
  id: string;
  label: string;
  sublabel: string | undefined;
  kind: string;
  statistic: 'median' | 'mean';
  top: number;
  labelLines: TextLine[];
  sublabelLines: TextLine[];
  markY: number;
  mark: { x: number; value: number; path: string };
  /** From the lowest to the highest figure the source gives, when it gives any percentile. */
  whisker: { x1: number; x2: number } | undefined;
  /** p25 to p75, only when the source gives both. */
  box: { x1: number; x2: number } | undefined;
  percentiles: { name: Percentile; x: number; value: number; atLeast: boolean }[];
  value: { x: number; text: string };
  /** Where the whisker continues past a top-coded percentile (dashed: the figure is at least the cap). */
  openEnd: { x1: number; x2: number } | undefined;
  placement:
    | {
        x1: number;
        x2: number;
        y: number;
        /** The figures the bracket spans, for the row's tooltip. */
        low: number;
        high: number;
        label: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' };
      }
    | undefined;
}

const PERCENTILE_WORDS: Readonly<Record<Percentile, string>> = {
  p10: '10th percentile',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: '90th percentile',
};

/**
 * A row's tooltip (its SVG <title>): every figure it draws in words, with "at least" before a
 * top-coded percentile and the placement bracket's label and span.
 */
export function payRangeRowTitle(row: Pick<PayRangeRow, 'label' | 'value' | 'percentiles' | 'placement'>): string {
  const percentiles = row.percentiles
    .map((p) => `; ${PERCENTILE_WORDS[p.name]} ${p.atLeast ? 'at least ' : ''}${formatUsd(p.value)}`)
    .join('');
  const placement = row.placement
    ? `; ${row.placement.label.text} ${formatUsd(row.placement.low)} to ${formatUsd(row.placement.high)}`
    : '';
  return `${row.label}: ${row.value.text}${percentiles}${placement}`;
}

/** Room below a row's marks for a placement bracket and its label. */
const PLACEMENT_ROOM = 26;
const OPEN_END = 14;

export interface PayRangeLayout extends StackedFrame {
  rows: PayRangeRow[];
}

const MARK_SIZE = 150;
export const MEDIAN_PATH = symbol(symbolDiamond, MARK_SIZE)() ?? '';
export const MEAN_PATH = symbol(symbolCircle, MARK_SIZE * 0.8)() ?? '';

export function valueText(input: Pick<PayRangeInput, 'pay' | 'statistic'>): string {
  return input.statistic === 'mean' ? `${formatUsd(input.pay)} mean` : formatUsd(input.pay);
}

function figures(input: PayRangeInput): number[] {
  return [input.pay, ...PERCENTILES.map((p) => input[p]).filter((v): v is number => v !== undefined)];
}

/**
 * Pay rows on one shared scale starting at $0, so lengths compare honestly. The value label sits
 * to the right of each row's highest figure, in space reserved for the widest label, so labels
 * never overlap marks or run off the edge.
 */
export function payRangeLayout(inputs: readonly PayRangeInput[], options: { width: number; domainMax?: number }): PayRangeLayout {
  const { width } = options;
  const labelRoom =
    (max(inputs, (d) => textWidth(valueText(d), TYPE.value)) ?? 0) + 10 + (inputs.some((d) => (d.atLeast ?? []).length > 0) ? OPEN_END : 0);
  const plot = { left: PAD.left + 8, right: width - PAD.right - labelRoom, top: PAD.top, bottom: 0 };
  const highest = max(inputs, (d) => max(figures(d))) ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(options.domainMax ?? 0, highest, 1)])
    .range([plot.left, plot.right])
    .nice(tickCount(width));

  let top = plot.top;
  const rows = inputs.map((input): PayRangeRow => {
    const block = stackRow(top, input.label, input.sublabel, width);
    const all = figures(input);
    const percentiles = PERCENTILES.flatMap((name) => {
      const value = input[name];
      return value === undefined ? [] : [{ name, x: x(value), value, atLeast: (input.atLeast ?? []).includes(name) }];
    });
    const top90 = percentiles.find((p) => p.atLeast && p.value === max(all));
    const placement =
      input.placement &&
      (() => {
        const x1 = x(input.placement!.low);
        const x2 = x(input.placement!.high);
        const mid = (x1 + x2) / 2;
        const half = textWidth(input.placement!.label, TYPE.sublabel) / 2;
        const anchor: 'start' | 'middle' | 'end' = mid - half < plot.left ? 'start' : mid + half > width - PAD.right ? 'end' : 'middle';
        // Kept inside the chart: a label that starts at the bracket but would run past the right
        // edge starts further left (and one that ends at it, further right).
        const right = width - PAD.right;
        const labelX =
          anchor === 'start'
            ? Math.max(plot.left, Math.min(x1, right - 2 * half))
            : anchor === 'end'
              ? Math.min(right, Math.max(x2, plot.left + 2 * half))
              : mid;
        return {
          x1,
          x2,
          y: block.markY + 13,
          low: input.placement!.low,
          high: input.placement!.high,
          label: { x: labelX, y: block.markY + 13 + TYPE.sublabel + 3, text: input.placement!.label, anchor },
        };
      })();
    const row: PayRangeRow = {
      id: input.id,
      label: input.label,
      sublabel: input.sublabel,
      kind: input.kind,
      statistic: input.statistic,
      top,
      labelLines: block.labelLines,
      sublabelLines: block.sublabelLines,
      markY: block.markY,
      mark: { x: x(input.pay), value: input.pay, path: input.statistic === 'median' ? MEDIAN_PATH : MEAN_PATH },
      whisker: percentiles.length > 0 ? { x1: x(min(all)!), x2: x(max(all)!) } : undefined,
      box: input.p25 !== undefined && input.p75 !== undefined ? { x1: x(input.p25), x2: x(input.p75) } : undefined,
      percentiles,
      value: { x: x(max(all)!) + 10 + (top90 ? OPEN_END : 0), text: valueText(input) },
      openEnd: top90 ? { x1: top90.x, x2: top90.x + OPEN_END } : undefined,
      placement,
    };
    top = block.bottom + (placement ? PLACEMENT_ROOM : 0);
    return row;
  });
  return { ...closeFrame(width, plot, top, x, formatUsdShort), rows };
}
