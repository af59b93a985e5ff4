import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { loadSiteData } from '../data/index';
import { checkGuideRoles } from './roles';
import { crossCheckGuides } from './checks';
import { faqId } from './faq-id';
import { pageText, readingMinutes } from './reading-time';
import type { FaqTopic } from './schema';

export type GuideEntry = CollectionEntry<'guides'>;

export interface GuideFaq {
  id: string;
  question: string;
  answer: string;
  topic?: FaqTopic | undefined;
  guide: GuideEntry;
}

/** The checks across guides as one Astro error: one line per problem, then what to do. */
export function guideContentError(problems: readonly string[]): AstroError {
  const error = new AstroError(
    `Guide content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    'Fix each guide listed above (its frontmatter, or the roles and links it names); "Adding a guide" in README.md lists what a guide needs.',
  );
  // The list says where to look; a stack would only point at this loader.
  error.stack = '';
  error.name = 'GuideContentError';
  return error;
}

let cache: Promise<GuideEntry[]> | undefined;

/** All guides, newest update first, after the checks that span files. Throws (stopping the build) on any error. */
export function getGuides(): Promise<GuideEntry[]> {
  cache ??= (async () => {
    const guides = await getCollection('guides');
    const errors = [...crossCheckGuides(guides), ...checkGuideRoles(guides, loadSiteData().roles)];
    if (errors.length > 0) throw guideContentError(errors);
    return guides.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title));
  })();
  return cache;
}

// Computed once per guide: the home page, guide index, FAQ hub and a page per FAQ all ask again,
// and at a thousand guides the repeats added up.
const faqsByGuide = new WeakMap<GuideEntry, GuideFaq[]>();
const minutesByGuide = new WeakMap<GuideEntry, number>();

export function guideFaqs(guide: GuideEntry): GuideFaq[] {
  let faqs = faqsByGuide.get(guide);
  if (!faqs) {
    faqs = guide.data.faqs.map((faq) => ({ id: faqId(faq.question), question: faq.question, answer: faq.answer, topic: faq.topic, guide }));
    faqsByGuide.set(guide, faqs);
  }
  return faqs;
}

export async function getAllFaqs(): Promise<GuideFaq[]> {
  return (await getGuides()).flatMap(guideFaqs);
}

export function guideReadingMinutes(guide: GuideEntry): number {
  let minutes = minutesByGuide.get(guide);
  if (minutes === undefined) {
    // Rendered guides carry it from content sync (src/lib/guides/loader.ts); MDX guides keep their body.
    const stored = guide.rendered?.metadata?.['readingMinutes'];
    minutes = typeof stored === 'number' ? stored : readingMinutes(pageText(guide.body ?? '', guide.data.faqs));
    minutesByGuide.set(guide, minutes);
  }
  return minutes;
}
