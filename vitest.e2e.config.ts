import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the built site in Debian's Chromium. Kept apart from the unit tests
 * (vitest.config.ts) so those stay fast; run `npm run build` first, then `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium per file is plenty for this machine; parallel files would fight over CPU.
    fileParallelism: false,
  },
});
