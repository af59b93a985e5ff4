/** A run of excerpt text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits Pagefind's excerpt HTML into text and `<mark>`ed words, so the page can build the nodes
 * itself instead of trusting indexed text with `innerHTML`. Any other tag is dropped.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?[a-z][^>]*>)/i)) {
    if (piece === '') continue;
    const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(piece);
    if (tag) {
      if (tag[2]!.toLowerCase() === 'mark') marked = tag[1] !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
