import type { AstroIntegration } from 'astro';
import { DataError } from '../lib/data/csv.ts';
import { loadSiteData } from '../lib/data/index.ts';

/**
 * Loads and cross-checks every data file before Astro writes anything, so bad data stops the build
 * with its `data/file.csv:line: column: …` messages and leaves no half-written site behind.
 * (Pages call the same loader later; it caches, so the data is read once.)
 */
export default function validateData(): AstroIntegration {
  return {
    name: 'pm-pathways:validate-data',
    hooks: {
      'astro:build:start': ({ logger }) => {
        try {
          loadSiteData();
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          // The list is the whole message: a stack trace would only point at the loader, not the data.
          logger.error(error.message);
          process.exitCode = 1;
          throw Object.assign(new Error('Bad data: the build stopped before writing anything (problems listed above).'), { stack: '' });
        }
      },
    },
  };
}
