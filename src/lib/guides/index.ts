import { getCollection, type CollectionEntry } from 'astro:content';
import { checkGuideRoles } from '../ladder';
import { crossCheckGuides } from './checks';
import { faqId } from './faq-id';
import { readingMinutes } from './reading-time';

export type GuideEntry = CollectionEntry<'guides'>;

export interface GuideFaq {
  id: string;
  question: string;
  answer: string;
  guide: GuideEntry;
}

let cache: Promise<GuideEntry[]> | undefined;

/** All guides, newest update first, after the checks that span files. Throws (stopping the build) on any error. */
export function getGuides(): Promise<GuideEntry[]> {
  cache ??= (async () => {
    const guides = await getCollection('guides');
    const errors = [...crossCheckGuides(guides), ...checkGuideRoles(guides)];
    if (errors.length > 0) throw new Error(`Guide content is invalid:\n${errors.join('\n')}`);
    return guides.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title));
  })();
  return cache;
}

export function guideFaqs(guide: GuideEntry): GuideFaq[] {
  return guide.data.faqs.map((faq) => ({ id: faqId(faq.question), question: faq.question, answer: faq.answer, guide }));
}

export async function getAllFaqs(): Promise<GuideFaq[]> {
  return (await getGuides()).flatMap(guideFaqs);
}

export function guideReadingMinutes(guide: GuideEntry): number {
  return readingMinutes(guide.body ?? '');
}
