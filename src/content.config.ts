import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { guidesLoader } from './lib/guides/loader';
import { guideSchema } from './lib/guides/schema';
import { glossarySchema } from './lib/glossary/schema';

// PMP_GUIDES_DIR lets the build benchmark and the bad-frontmatter tests point the collection at
// generated or fixture guides without touching content/.
const guidesBase = process.env.PMP_GUIDES_DIR ?? './content/guides';

export const collections = {
  guides: defineCollection({
    loader: guidesLoader({ base: guidesBase, pattern: '**/[^_]*.mdx' }),
    schema: guideSchema,
  }),
  // One YAML file keyed by anchor; each entry is a term with its two-sentence definition.
  glossary: defineCollection({
    loader: file('./content/glossary/terms.yaml'),
    schema: glossarySchema,
  }),
};
