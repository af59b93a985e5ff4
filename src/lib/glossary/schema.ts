import { z } from 'astro/zod';

/** Sentences as a reader counts them: text ending in . ! or ? followed by a space or the end. */
export function sentenceCount(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => s.trim() !== '').length;
}

const pattern = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'expected a valid regular expression');

/** One entry of content/glossary/terms.yaml (the key is the anchor on /glossary/). */
export const glossarySchema = z.strictObject({
  term: z.string().trim().min(1),
  definition: z
    .string()
    .trim()
    .refine((d) => sentenceCount(d) === 2, 'expected a definition of exactly two sentences'),
  match: z.array(pattern).min(1, 'expected at least one pattern that counts as a use of the term'),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
