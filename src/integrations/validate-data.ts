import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { DataError } from '../lib/data/csv.ts';
import { loadSiteData } from '../lib/data/index.ts';

/** How to act on a data error, shown under the list of problems. */
export const DATA_HINT =
  'Fix each line listed above in its data file (see "The data" and "Adding a data file" in README.md), or rerun `npm run data:import` for files the importers write.';

/** The DataError's problems as one Astro error: the list is the message, one line per problem. */
export function dataAstroError(error: DataError): AstroError {
  const error_ = new AstroError(error.message, DATA_HINT);
  // The list says where to look; a stack would only point at the loader.
  error_.stack = '';
  error_.name = 'DataError';
  return error_;
}

/**
 * Loads and cross-checks every data file before Astro writes anything, so bad data stops the build
 * with its `data/file.csv:line: column: …` messages and leaves no half-written site behind.
 * (Pages call the same loader later; it caches, so the data is read once.) The check runs in a
 * Vite plugin's buildStart rather than an integration hook, because Astro announces any error
 * thrown by a hook with a line of its own that would bury the list.
 */
export default function validateData(): AstroIntegration {
  return {
    name: 'pm-pathways:validate-data',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pm-pathways:validate-data',
                buildStart() {
                  try {
                    loadSiteData();
                  } catch (error) {
                    if (error instanceof DataError) throw dataAstroError(error);
                    throw error;
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
