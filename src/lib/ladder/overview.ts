/** The ladders overview: every ladder as a column of rungs, entry roles along the bottom, every move an arrow. */
import { textWidth, wrapText } from '../charts/text';
import { lines, type TextLine } from './pay-marks';

export interface OverviewNodeInput {
  id: string;
  title: string;
  /** Column of its ladder (0-based); ignored for entry roles. */
  column: number;
  /** 1 = lowest rung; 0 = entry role. */
  level: number;
}

export interface OverviewEdgeInput {
  from: string;
  to: string;
  kind: 'step' | 'cross-track' | 'entry';
}

export interface OverviewOptions {
  width: number;
  fontSize: number;
  columns: Array<{ id: string; title: string }>;
  /** Draw entry roles and their moves; off on narrow screens where a text list carries them. */
  includeEntry: boolean;
}

export interface OverviewNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
  entry: boolean;
}

export interface OverviewEdge extends OverviewEdgeInput {
  path: string;
}

export interface OverviewGeometry {
  width: number;
  height: number;
  fontSize: number;
  headers: Array<{ id: string; lines: TextLine[]; x: number; width: number; y: number }>;
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  /** Where the entry band starts, for its caption. */
  entryLabel?: TextLine | undefined;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

export function overviewGeometry(
  nodesIn: readonly OverviewNodeInput[],
  edgesIn: readonly OverviewEdgeInput[],
  options: OverviewOptions,
): OverviewGeometry {
  const { width, fontSize, columns, includeEntry } = options;
  const margin = 4;
  const lineHeight = Math.round(fontSize * 1.25);
  const pad = 7;
  // More columns get narrower gaps so their boxes keep room for a word of title.
  const columnGap = Math.max(12, Math.round((width - margin * 2) * (columns.length > 3 ? 0.035 : 0.12)));
  const columnWidth = (width - margin * 2 - columnGap * (columns.length - 1)) / columns.length;
  const columnX = (c: number) => margin + c * (columnWidth + columnGap);
  const rungs = nodesIn.filter((n) => n.level >= 1);
  const entries = includeEntry ? nodesIn.filter((n) => n.level === 0) : [];
  const levels = Math.max(1, ...rungs.map((n) => n.level));

  // A long word in a narrow column ("management", "coordinator") is moved in from the picture's
  // edge rather than cut off; centred text runs half its width either side of x.
  const inside = (texts: TextLine[], size = fontSize) =>
    texts.map((line) => {
      // Wide letters (m, w) run past the average-width estimate, hence the tenth more.
      const half = (textWidth(line.text, size, { bold: true }) * 1.1) / 2;
      return { ...line, x: Math.min(Math.max(line.x, half + 1), width - half - 1) };
    });
  const headerLines = columns.map((c) => wrapText(c.title, fontSize, columnWidth - 4, { bold: true }));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight;
  const headers = columns.map((c, i) => ({
    id: c.id,
    x: columnX(i),
    width: columnWidth,
    y: margin,
    lines: inside(lines(headerLines[i]!, columnX(i) + columnWidth / 2, margin + fontSize, lineHeight)),
  }));

  const wrapped = new Map(rungs.map((n) => [n.id, wrapText(n.title, fontSize, columnWidth - pad * 2, { bold: true })]));
  const nodeHeight = Math.max(...[...wrapped.values()].map((l) => l.length)) * lineHeight + pad * 2;
  const rowGap = Math.max(34, Math.round(fontSize * 3.2));
  const top = margin + headerHeight + 14;
  const rowY = (level: number) => top + (levels - level) * (nodeHeight + rowGap);

  const nodes: OverviewNode[] = rungs.map((n) => {
    const x = columnX(n.column);
    const y = rowY(n.level);
    const text = wrapped.get(n.id)!;
    const firstBaseline = y + (nodeHeight - text.length * lineHeight) / 2 + fontSize * 0.95;
    return {
      id: n.id,
      x,
      y,
      width: columnWidth,
      height: nodeHeight,
      entry: false,
      lines: inside(lines(text, x + columnWidth / 2, firstBaseline, lineHeight)),
    };
  });

  let bottom = rowY(1) + nodeHeight;
  let entryLabel: TextLine | undefined;
  if (entries.length > 0) {
    const entryGap = 12;
    const entryWidth = (width - margin * 2 - entryGap * (entries.length - 1)) / entries.length;
    const entryText = new Map(entries.map((n) => [n.id, wrapText(n.title, fontSize * 0.92, entryWidth - pad * 2, { bold: true })]));
    const entryHeight = Math.max(...[...entryText.values()].map((l) => l.length)) * lineHeight + pad * 2;
    const y = bottom + rowGap * 2.2;
    // The caption sits under the boxes: above them the arrows would run through it.
    entryLabel = { x: margin, y: y + entryHeight + fontSize * 1.3, text: 'Before project management: where people come from' };
    // Order entry roles by where they lead, so their arrows cross as little as possible.
    const meanTargetColumn = (id: string) => {
      const targets = edgesIn.filter((e) => e.from === id).map((e) => rungs.find((r) => r.id === e.to)?.column ?? 0);
      return targets.reduce((a, b) => a + b, 0) / Math.max(1, targets.length);
    };
    const ordered = [...entries].sort((a, b) => meanTargetColumn(a.id) - meanTargetColumn(b.id) || nodesIn.indexOf(a) - nodesIn.indexOf(b));
    ordered.forEach((n, i) => {
      const x = margin + i * (entryWidth + entryGap);
      const text = entryText.get(n.id)!;
      const firstBaseline = y + (entryHeight - text.length * lineHeight) / 2 + fontSize * 0.9;
      nodes.push({
        id: n.id,
        x,
        y,
        width: entryWidth,
        height: entryHeight,
        entry: true,
        lines: lines(text, x + entryWidth / 2, firstBaseline, lineHeight),
      });
    });
    bottom = entryLabel.y + fontSize * 0.4;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawn = edgesIn.filter((e) => byId.has(e.from) && byId.has(e.to));

  const firstRowY = rowY(1);
  // Decide which side of each node every edge leaves and enters by.
  const sides = drawn.map((e) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    // A way in that skips the first rung (software developer to TPM) enters from the side, so it
    // climbs beside the first rung instead of running behind it.
    if (e.kind === 'entry' && b.y < firstRowY) return ['top', a.x > b.x ? 'right' : 'left'] as [Side, Side];
    if (a.y === b.y) {
      const adjacent = Math.abs(a.x - b.x) < columnWidth + columnGap + 1;
      if (adjacent) return a.x < b.x ? (['right', 'left'] as [Side, Side]) : (['left', 'right'] as [Side, Side]);
      return ['bottom', 'bottom'] as [Side, Side];
    }
    return b.y < a.y ? (['top', 'bottom'] as [Side, Side]) : (['bottom', 'top'] as [Side, Side]);
  });

  // Spread the ends that share a side of a node, ordered by where the other end lies.
  const ports = new Map<string, Array<{ edge: number; end: 0 | 1; other: number }>>();
  drawn.forEach((e, i) => {
    const ends: Array<[string, string, 0 | 1]> = [
      [e.from, e.to, 0],
      [e.to, e.from, 1],
    ];
    for (const [self, other, end] of ends) {
      const key = `${self} ${sides[i]![end]}`;
      const o = byId.get(other)!;
      const list = ports.get(key) ?? [];
      list.push({ edge: i, end, other: o.x + o.width / 2 });
      ports.set(key, list);
    }
  });
  const point = (edge: number, end: 0 | 1): [number, number] => {
    const e = drawn[edge]!;
    const node = byId.get(end === 0 ? e.from : e.to)!;
    const side = sides[edge]![end];
    const list = ports.get(`${node.id} ${side}`)!.sort((p, q) => p.other - q.other);
    const k = list.findIndex((p) => p.edge === edge && p.end === end);
    if (side === 'left' || side === 'right') {
      const t = (k + 1) / (list.length + 1);
      return [side === 'left' ? node.x : node.x + node.width, node.y + node.height * t];
    }
    const t = 0.2 + (0.6 * (k + 1)) / (list.length + 1);
    return [node.x + node.width * t, side === 'top' ? node.y : node.y + node.height];
  };

  let lowest = bottom;
  const edges: OverviewEdge[] = drawn.map((e, i) => {
    const [x1, y1] = point(i, 0);
    const [x2, y2] = point(i, 1);
    const [s0, s1] = sides[i]!;
    const r = (n: number) => Math.round(n * 10) / 10;
    let path: string;
    if (s0 === 'left' || s0 === 'right') path = `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
    else if (s0 === 'bottom' && s1 === 'bottom') {
      const dip = rowGap * 0.75;
      // A cubic whose control points both sit `dip` below its ends reaches three quarters of the way down.
      lowest = Math.max(lowest, Math.max(y1, y2) + dip * 0.75 + 4);
      path = `M${r(x1)},${r(y1)}C${r(x1)},${r(y1 + dip)} ${r(x2)},${r(y2 + dip)} ${r(x2)},${r(y2)}`;
    } else if (s0 === 'top' && (s1 === 'left' || s1 === 'right'))
      path = `M${r(x1)},${r(y1)}C${r(x1)},${r(y2)} ${r(x1)},${r(y2)} ${r(x2)},${r(y2)}`;
    else if (Math.abs(x1 - x2) < 0.5) path = `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
    else {
      const mid = (y1 + y2) / 2;
      path = `M${r(x1)},${r(y1)}C${r(x1)},${r(mid)} ${r(x2)},${r(mid)} ${r(x2)},${r(y2)}`;
    }
    return { ...e, path };
  });

  return { width, height: Math.ceil(lowest + margin + 2), fontSize, headers, nodes, edges, entryLabel };
}
