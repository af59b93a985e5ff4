/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Lives in test/ to keep the repository's top level to the agreed few entries.
export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      // Fast checks of modules, data and content: no build needed.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Checks of the built site in dist/: `npm test` builds first.
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'] } },
    ],
  },
});
