import { faqId } from './faq-id';
import type { GuideFrontmatter } from './schema';

export interface GuideEntryLike {
  id: string;
  filePath?: string | undefined;
  data: Pick<GuideFrontmatter, 'related' | 'faqs'>;
}

/**
 * Checks that span guides, which a per-file schema cannot see: related guides that do not exist
 * and FAQ anchors that two guides would share in the FAQ hub. Returns messages naming file and field.
 */
export function crossCheckGuides(guides: readonly GuideEntryLike[]): string[] {
  const errors: string[] = [];
  const ids = new Set(guides.map((g) => g.id));
  const faqOwners = new Map<string, string>();
  for (const guide of guides) {
    const where = guide.filePath ?? guide.id;
    guide.data.related.forEach((slug, i) => {
      if (!ids.has(slug)) errors.push(`${where}: related[${i}]: expected the slug of an existing guide, got "${slug}"`);
      if (slug === guide.id) errors.push(`${where}: related[${i}]: a guide cannot list itself as related`);
    });
    guide.data.faqs.forEach((faq, i) => {
      const id = faqId(faq.question);
      const owner = faqOwners.get(id);
      if (owner)
        errors.push(`${where}: faqs[${i}].question: expected a question no other FAQ asks, but ${owner} asks "${faq.question}" too`);
      else faqOwners.set(id, where);
    });
  }
  return errors;
}
