/** The track ladder picture: one rung per role, highest at the top, each rung's pay on one shared scale. */
import { formatUsdShort } from '../charts/format';
import { wrapText } from '../charts/text';
import { axis, lines, payMark, payScale, type AxisGeometry, type PayMarkGeometry, type PayPoint, type TextLine } from './pay-marks';

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
