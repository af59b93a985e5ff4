/**
 * Label sizes for the build-time SVGs (dashboard charts, ladder pictures, role pay strips). The
 * build has no font metrics, so a width is estimated from the character count, erring wide: a label
 * then wraps or moves a little early rather than running off the edge of a chart.
 */

/** system-ui averages about 0.55 em a character in mixed text; 0.6 leaves room. */
const CHAR_EM = 0.6;

/** Bold glyphs run about a sixth wider. */
const BOLD = 1.16;

export interface TextStyle {
  bold?: boolean;
}

/** Estimated width in px (viewBox units) of `text` at font size `size`. */
export function textWidth(text: string, size: number, { bold = false }: TextStyle = {}): number {
  return Math.ceil(text.length * size * CHAR_EM * (bold ? BOLD : 1));
}

/** Greedy word wrap to a width; a single word longer than the width gets a line to itself. */
export function wrapText(text: string, size: number, maxWidth: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size, style) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
