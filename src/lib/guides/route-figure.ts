/**
 * Geometry for a guide's route figure: the roles a guide covers, one row per rung from the jobs
 * people start in (rung 0) at the bottom to the highest rung at the top, an arrow between rows.
 * Plain numbers, no DOM; one width, which a phone draws about 1:1 so no text shrinks below 12 px.
 */
import { textWidth } from '../charts/text';

export interface RouteRole {
  id: string;
  title: string;
  /** 0 for a role people come from; 1 and up for ladder rungs. */
  level: number;
}

export interface RouteBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  text: { x: number; y: number; value: string };
}

export interface RouteFigure {
  width: number;
  height: number;
  fontSize: number;
  boxes: RouteBox[];
  /** Upward arrows between consecutive rows, in the label column, as SVG path data. */
  arrows: string[];
  /** A label at the left of each row: "Start" for rung 0, "Rung n" above it. */
  rows: { y: number; label: string }[];
}

export function routeFigure(roles: readonly RouteRole[], options = { width: 340, fontSize: 14 }): RouteFigure {
  const { width, fontSize } = options;
  const pad = { x: 10, y: 7 };
  const gap = 8;
  const rowGap = 26;
  const labelWidth = 62;
  const boxHeight = fontSize + pad.y * 2;
  const levels = [...new Set(roles.map((r) => r.level))].sort((a, b) => b - a);
  const boxes: RouteBox[] = [];
  const rows: RouteFigure['rows'] = [];
  const rowSpans: { top: number; bottom: number }[] = [];
  let y = 4;
  for (const level of levels) {
    const top = y;
    let x = labelWidth;
    for (const role of roles.filter((r) => r.level === level)) {
      const w = Math.min(width - labelWidth, textWidth(role.title, fontSize, { bold: true }) + pad.x * 2);
      if (x > labelWidth && x + w > width) {
        x = labelWidth;
        y += boxHeight + gap;
      }
      boxes.push({
        id: role.id,
        x,
        y,
        width: w,
        height: boxHeight,
        text: { x: x + w / 2, y: y + pad.y + fontSize * 0.85, value: role.title },
      });
      x += w + gap;
    }
    rows.push({ y: top + pad.y + fontSize * 0.85, label: level === 0 ? 'Start' : `Rung ${level}` });
    rowSpans.push({ top, bottom: y + boxHeight });
    y += boxHeight + rowGap;
  }
  // In the label column, under each row's label: a rung that wraps onto several lines would
  // otherwise seem to connect only the box the arrow happens to touch.
  const arrowX = 20;
  const arrows = rowSpans.slice(1).map((below, i) => `M${arrowX},${below.top - 2}V${rowSpans[i]!.bottom + 3}`);
  return { width, height: y - rowGap + 4, fontSize, boxes, arrows, rows };
}
