import { z } from 'astro/zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as "project-manager"');

export const faqSchema = z.strictObject({
  question: z.string().trim().min(10).refine((q) => q.endsWith('?'), 'expected a question ending in "?"'),
  answer: z.string().trim().min(40, 'expected an answer of two to four sentences'),
});

/** Frontmatter of a guide in content/guides/*.mdx. Unknown keys are rejected so typos surface. */
export const guideSchema = z.strictObject({
  title: z.string().trim().min(1).max(80),
  description: z.string().trim().min(50).max(170),
  audience: z.string().trim().min(1),
  roles: z.array(slug).min(1),
  related: z.array(slug).default([]),
  published: z.coerce.date(),
  updated: z.coerce.date(),
  faqs: z.array(faqSchema).min(4, 'expected at least four FAQs'),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
export type Faq = z.infer<typeof faqSchema>;
