import { site } from '../site';
import type { GuideEntry, GuideFaq } from './index';

export function guideJsonLd(guide: GuideEntry, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.data.title,
    description: guide.data.description,
    datePublished: guide.data.published.toISOString().slice(0, 10),
    dateModified: guide.data.updated.toISOString().slice(0, 10),
    mainEntityOfPage: url,
    author: { '@type': 'Organization', name: site.name },
    publisher: { '@type': 'Organization', name: site.name },
  };
}

export function faqPageJsonLd(faqs: GuideFaq[], url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
}
