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
      // Real Chromium against the built site served by astro preview: needs dist/ and /usr/bin/chromium.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
