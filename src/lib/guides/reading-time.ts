/** Adult silent reading speed for non-fiction (Brysbaert 2019 puts it at about 238 words a minute). */
export const WORDS_PER_MINUTE = 238;

/** Counts prose words in MDX source, leaving out frontmatter, code, HTML/JSX tags and link targets. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}

/**
 * A guide page shows its body and then its FAQs, so the reading time counts both: the FAQs come
 * from frontmatter, which countWords() leaves out of the body.
 */
export function pageText(body: string, faqs: readonly { question: string; answer: string }[] = []): string {
  return [body, ...faqs.map((f) => `${f.question}\n${f.answer}`)].join('\n\n');
}
