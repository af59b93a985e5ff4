/**
 * The rule for prose about PMP eligibility: a passage that states any of it states all of it.
 * Readers act on a partial rule ("36 months", "years of experience"), so a passage that gives the
 * months or years without the other education cases, the eight-year window and the 35 hours (or
 * the CAPM) misleads someone whose education or history is the other case.
 */

export interface RulePart {
  name: string;
  pattern: RegExp;
}

/** Every part the full rule has, as it reads in prose. */
export const PMP_RULE_PARTS: readonly RulePart[] = [
  { name: '36 months with a four-year degree', pattern: /\b36\b/ },
  { name: "60 months with a high school diploma or associate's degree", pattern: /\b60\b/ },
  { name: '24 months with a GAC-accredited degree', pattern: /\b24\b[\s\S]*\bGAC\b|\bGAC\b[\s\S]*\b24\b/ },
  { name: 'experience within the last eight years', pattern: /\b(?:eight|8)\s+years\b|\b96\s+months\b/i },
  { name: '35 contact hours of project management education', pattern: /\b35\b/ },
  { name: 'or the CAPM in place of the hours', pattern: /\bCAPM\b/ },
];

const MENTIONS_PMP = /\bPMP\b|Project Management Professional/;
// How much experience, in any form a sentence might put it.
const QUANTITY = [
  /\b\d+\s+(?:more\s+)?months\b/i,
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|several|a few|some)\s+(?:more\s+)?years?\s+(?:of\s+)?(?:project\s+)?(?:management\s+)?(?:experience|leading|leadership|running|managing)/i,
  /\b(?:months|years)\s+of\s+(?:project\s+)?(?:management\s+)?(?:experience|leading|leadership)\b/i,
  /\b(?:months|years)\s+(?:leading|running|managing)\s+projects\b/i,
  // "for three years", "the rule is five years"; not "every three years" (renewal) or "Valid: three years".
  /\b(?:for|after|of|with|is|needs?|takes?)\s+(?:\d+|one|two|three|four|five|six|seven|eight)\s+years\b/i,
];
// Words that make a sentence about requirements rather than about, say, a typical career.
const REQUIREMENT =
  /eligib|qualif|\brule\b|asks? for|requires?|required|requirement|before you can|to sit|to apply|experience rule|prerequisite|you need/i;

/** True when the passage tells the reader something about how much experience the PMP needs. */
export function statesPmpEligibility(passage: string): boolean {
  return MENTIONS_PMP.test(passage) && REQUIREMENT.test(passage) && QUANTITY.some((q) => q.test(passage));
}

/** The parts of the full rule a passage that states the rule leaves out; empty when it states none or all. */
export function missingRuleParts(passage: string): string[] {
  if (!statesPmpEligibility(passage)) return [];
  return PMP_RULE_PARTS.filter((part) => !part.pattern.test(passage)).map((part) => part.name);
}

export interface Passage {
  /** Where the passage is, e.g. `content/guides/x.mdx:14` or `/planner/`. */
  where: string;
  text: string;
}

/** One line per passage that states part of the PMP rule: where, what it leaves out, how it starts. */
export function pmpProseProblems(passages: readonly Passage[]): string[] {
  return passages.flatMap(({ where, text }) => {
    const missing = missingRuleParts(text);
    if (missing.length === 0) return [];
    const start = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    return [`${where}: states PMP eligibility without ${missing.join('; ')}: "${start}…"`];
  });
}

/**
 * Passages of a Markdown or MDX file: each frontmatter line (FAQ questions and answers sit one to a
 * line) and each block of the body between blank lines, so a list or table that states the rule
 * across its rows is read as one passage.
 */
export function markdownPassages(text: string, file: string): Passage[] {
  const lines = text.split('\n');
  const passages: Passage[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]!.trim() !== '---') {
      if (lines[i]!.trim()) passages.push({ where: `${file}:${i + 1}`, text: lines[i]! });
      i += 1;
    }
    i += 1;
  }
  let start = -1;
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) passages.push({ where: `${file}:${start + 1}`, text: block.join('\n') });
    block = [];
  };
  for (; i < lines.length; i += 1) {
    if (lines[i]!.trim() === '') {
      flush();
    } else {
      if (block.length === 0) start = i;
      block.push(lines[i]!);
    }
  }
  flush();
  return passages;
}

// Table rows, not whole tables: a comparison table holds many certifications' rules side by side.
const BLOCKS = /<(p|ul|ol|tr|dd|blockquote|details)\b[^>]*>([\s\S]*?)<\/\1>/gi;

/** Text passages of a built HTML page: paragraphs, lists, table rows and FAQ answers, tags stripped. */
export function htmlPassages(html: string, where: string): Passage[] {
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '');
  const passages: Passage[] = [];
  for (const match of body.matchAll(BLOCKS)) {
    const text = match[2]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&#x27;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) passages.push({ where, text });
  }
  return passages;
}
