const PREFIX = 'faq-';

/**
 * A FAQ's anchor comes from its question, so it stays stable when FAQs are reordered and reads
 * well in a shared link: "How can I find a mentor?" -> "faq-how-can-i-find-a-mentor".
 */
export function faqId(question: string): string {
  const words = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .match(/[a-z0-9]+/g);
  if (!words) throw new Error(`FAQ question "${question}" has no letters or digits to build an anchor from`);
  return `${PREFIX}${words.join('-')}`;
}

/** The path segment of a FAQ's own page: its anchor without the "faq-" prefix the URL already says. */
export function faqSlug(id: string): string {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id;
}

export function faqIdFromSlug(slug: string): string {
  return `${PREFIX}${slug}`;
}
