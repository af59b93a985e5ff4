/**
 * Geometry for the role pay strips: plain numbers and path strings, no DOM. `.astro` components
 * turn the results into SVG. The ladder pictures' geometry is in ladder-figure.ts and overview.ts,
 * the marks and axis they share in pay-marks.ts.
 */
import { wrapText } from '../charts/text';
import { axis, lines, payMark, payScale, type AxisGeometry, type PayMarkGeometry, type PayPoint, type TextLine } from './pay-marks';

// ---------------------------------------------------------------------------------------------
// Pay strip: one row per cited figure (label above, mark below) on one scale, for role and compare pages.

export interface PayStripInput extends PayPoint {
  label: string;
}

export interface PayStripGeometry {
  width: number;
  height: number;
  fontSize: number;
  rows: Array<{ id: string; label: TextLine[]; mark: PayMarkGeometry }>;
  axis: AxisGeometry;
}

export function payStripGeometry(rows: readonly PayStripInput[], options: { width: number; fontSize: number }): PayStripGeometry {
  const { width, fontSize } = options;
  const margin = 8;
  const x0 = margin + 2;
  const x1 = width - margin - 6;
  const lineHeight = Math.round(fontSize * 1.3);
  const scale = payScale(rows, [x0, x1]);
  let y = margin;
  const out = rows.map((row) => {
    const labelLines = wrapText(row.label, fontSize, x1 - x0);
    const label = lines(labelLines, x0, y + fontSize, lineHeight);
    const cy = y + labelLines.length * lineHeight + fontSize * 0.9;
    y = cy + fontSize * 1.4;
    return { id: row.id, label, mark: payMark(row, scale, cy, fontSize) };
  });
  const axisY = y;
  return {
    width,
    height: axisY + fontSize * 2.4,
    fontSize,
    rows: out,
    axis: axis(scale, axisY, margin, width < 500 ? 3 : 5, fontSize * 0.9),
  };
}
