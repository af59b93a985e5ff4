import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index over the finished site inside `astro build`, so that no build ships
 * without search and a failed index fails the build (same approach as Starlight's integration).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'pm-pathways:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
          const { page_count, errors: addErrors } = await index.addDirectory({ path: outDir });
          if (addErrors.length > 0) throw new Error(`Pagefind failed to index ${outDir}: ${addErrors.join('; ')}`);
          if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
