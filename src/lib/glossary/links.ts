import { routes } from '../routes';

/** A glossary term as the linker needs it: its anchor and the patterns that count as a use. */
export interface LinkTerm {
  id: string;
  match: readonly string[];
}

/**
 * One regular expression per pattern, matching whole words only. A pattern with a capital letter
 * is matched as written (so "SAFe" does not match "safe"); an all-lower-case one ignores case.
 */
function compile(source: string): RegExp {
  return new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, /[A-Z]/.test(source) ? 'g' : 'gi');
}

/**
 * The body with everything that is not running prose blanked out, offsets kept: frontmatter,
 * headings, inline code and every Markdown link (its text and its URL), so a term inside a heading
 * or another link's text does not count as a use.
 */
export function proseMask(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let masked = body.replace(/^---\n[\s\S]*?\n---\n/, blank);
  masked = masked.replace(/^#{1,6} .*$/gm, blank);
  masked = masked.replace(/`[^`\n]*`/g, blank);
  masked = masked.replace(/\[[^\]\n]*\]\([^)\n]*\)/g, blank);
  return masked;
}

/** The first use of a term in running prose, outside any link, or undefined. */
export function firstUse(body: string, term: LinkTerm): { index: number; text: string } | undefined {
  const masked = proseMask(body);
  let best: { index: number; text: string } | undefined;
  for (const source of term.match) {
    const re = compile(source);
    const m = re.exec(masked);
    if (m && (best === undefined || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best;
}

/** Every link to the term's glossary anchor, with its position and text. */
export function glossaryLinks(body: string, id: string): { index: number; text: string }[] {
  const target = routes.glossaryTerm(id).replace(/[/#.]/g, (c) => `\\${c}`);
  return [...body.matchAll(new RegExp(`\\[([^\\]\\n]*)\\]\\(${target}\\)`, 'g'))].map((m) => ({ index: m.index, text: m[1]! }));
}

/**
 * What is wrong with how a guide links one term: a term used in prose must be linked exactly once,
 * and the link must come at or before its first use.
 */
export function linkProblems(body: string, term: LinkTerm): string[] {
  const use = firstUse(body, term);
  const links = glossaryLinks(body, term.id);
  if (links.length > 1) return [`"${term.id}" is linked ${links.length} times; expected once, at first use`];
  if (use && links.length === 0) return [`"${use.text}" is used but not linked to ${routes.glossaryTerm(term.id)}`];
  if (use && links[0]!.index > use.index) return [`"${use.text}" is used before its glossary link`];
  return [];
}

/** Links the first use of every term not yet linked; terms are tried in the order given. */
export function linkFirstUses(body: string, terms: readonly LinkTerm[]): string {
  let out = body;
  for (const term of terms) {
    if (glossaryLinks(out, term.id).length > 0) continue;
    const use = firstUse(out, term);
    if (!use) continue;
    out = `${out.slice(0, use.index)}[${use.text}](${routes.glossaryTerm(term.id)})${out.slice(use.index + use.text.length)}`;
  }
  return out;
}
