import { defineCollection } from 'astro:content';
import { guidesLoader } from './lib/guides/loader';
import { guideSchema } from './lib/guides/schema';

// PMP_GUIDES_DIR lets the build benchmark and the bad-frontmatter tests point the collection at
// generated or fixture guides without touching content/.
const guidesBase = process.env.PMP_GUIDES_DIR ?? './content/guides';

export const collections = {
  guides: defineCollection({
    loader: guidesLoader({ base: guidesBase, pattern: '**/[^_]*.mdx' }),
    schema: guideSchema,
  }),
};
