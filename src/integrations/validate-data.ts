import type { AstroIntegration } from 'astro';
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
      'astro:build:start': () => {
        loadSiteData();
      },
    },
  };
}
