import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as "project-manager"');

/** The FAQ hub's groups, in the order a reader's questions arrive. */
export const FAQ_TOPICS = ['getting-in', 'certifications', 'pay', 'moving-up', 'tools'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

export const faqSchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(10)
    .refine((q) => q.endsWith('?'), 'expected a question ending in "?"'),
  answer: z.string().trim().min(40, 'expected an answer of two to four sentences'),
  /** Where the FAQ hub files the question; optional so generated benchmark guides need not set it. */
  topic: z.enum(FAQ_TOPICS, { error: `expected one of ${FAQ_TOPICS.join(', ')}` }).optional(),
});

/**
 * YAML turns an unquoted 2026-13-45 into a real Date (it rolls over to February 2027), so dates
 * are quoted strings checked as calendar dates, then turned into Dates.
 */
const isoDate = z.iso
  .date({ error: 'expected a real calendar date in quotes, such as "2026-11-25"' })
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** Frontmatter of a guide in content/guides/*.mdx. Unknown keys are rejected so typos surface. */
export const guideSchema = z.strictObject({
  title: z.string().trim().min(1).max(80),
  description: z.string().trim().min(50).max(170),
  audience: z.string().trim().min(1),
  roles: z.array(slug).min(1),
  related: z.array(slug).default([]),
  // Optional URL override; glob() uses it as the entry id, so two guides claiming one slug collide.
  slug: slug.optional(),
  published: isoDate,
  updated: isoDate,
  faqs: z.array(faqSchema).min(4, 'expected at least four FAQs'),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
export type Faq = z.infer<typeof faqSchema>;
