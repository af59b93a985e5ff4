/** The track ladder picture: one rung per role, highest at the top, each rung's pay on one shared scale. */
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
  const scale = payScale(
    rungsLowFirst.flatMap((r) => r.pay),
    [plotX0, plotX1],
  );
  const textX = rail.left + 10;
  const textWidthMax = rail.right - rail.left - 20;

  let y = top;
  const rungs: LadderRungGeometry[] = [...rungsLowFirst].reverse().map((rung) => {
    const titleLines = wrapText(rung.title, fontSize, textWidthMax, { bold: true });
    const yearsLines = wrapText(rung.years, fontSize * 0.9, textWidthMax);
    const textHeight = (titleLines.length + yearsLines.length) * lineHeight;
    const points = rung.pay;
    const marksHeight = Math.max(1, points.length) * markStep;
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
