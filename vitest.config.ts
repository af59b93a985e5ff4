/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      // Fast checks of modules, data and content: no build needed.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Checks of the built site in dist/: `npm test` builds first.
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'] } },
    ],
  },
});
