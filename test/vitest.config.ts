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
      // The built site in Debian's Chromium, served once by Astro's preview server for all files.
      // Not extending Astro's Vite config: these tests drive a browser and never import astro:*.
      {
        root: fileURLToPath(new URL('..', import.meta.url)),
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file drives its own Chromium; on a 2-core CI machine they would fight over CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
