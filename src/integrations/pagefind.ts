import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefindApi from 'pagefind';

/** The part of Pagefind's Node API the integration uses; tests pass their own. */
export type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

/**
 * Builds the Pagefind index over the finished site inside `astro build`, so that no build ships
 * without search and a failed index fails the build (same approach as Starlight's integration).
 */
export default function pagefind({ createIndex, close }: PagefindApi = pagefindApi): AstroIntegration {
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
          const outputPath = join(outDir, 'pagefind');
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
          // The search page loads these two; a build without them would ship a search that cannot work.
          for (const file of ['pagefind.js', 'pagefind-entry.json']) {
            if (!existsSync(join(outputPath, file))) throw new Error(`Pagefind reported success but wrote no ${file} in ${outputPath}`);
          }
          logger.info(`Indexed ${page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
