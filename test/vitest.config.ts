/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Unit files share one module graph (isolate: false): loading Astro's Vite config and zod once
 * instead of per file takes the project from about 15 s to about 3 s on two busy cores. A file that
 * replaces a module or sets an environment variable would leak that into the files after it, so
 * those few run in a project of their own with the usual isolation.
 */
const unitFiles = readdirSync(join(root, 'test/unit'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/unit/${f.replaceAll('\\', '/')}`);
const changesGlobals = (file: string) =>
  /\bvi\.(do)?mock\(|\bvi\.stub(Env|Global)\(|process\.env\.\w+\s*=[^=]/.test(readFileSync(join(root, file), 'utf8'));
const isolatedUnitFiles = unitFiles.filter(changesGlobals);

// Lives in test/ to keep the repository's top level to the agreed few entries.
// `npm run test:unit` is the fast loop; `npm test` builds once and runs every project.
export default getViteConfig({
  root,
  test: {
    // Vitest's default leaves one core for its main process, which on two cores runs every unit
    // file in one worker, one after the other; the main process idles once modules are cached.
    // Both cores it is: the projects that must not run files side by side say so themselves.
    maxWorkers: availableParallelism(),
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary'],
      reportOnFailure: true,
      // Kept a few points under what the unit project reaches, so a change that drops tests fails.
      thresholds: { statements: 83, branches: 72, functions: 80, lines: 85 },
    },
    projects: [
      // Pure modules, data and content: no build, no astro sync; under 10 s on two cores
      // (`npm run bench:unit`).
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: isolatedUnitFiles,
          isolate: false,
          // The first test that loads the site's data parses all of it (30,000 O*NET ratings): about
          // a second on idle cores, but past Vitest's 5 s default when eight builds share them.
          testTimeout: 20_000,
        },
      },
      ...(isolatedUnitFiles.length > 0 ? [{ extends: true as const, test: { name: 'unit-isolated', include: isolatedUnitFiles } }] : []),
      // Real `astro sync` / `astro build` runs over fixtures: slow, each in a scratch folder.
      {
        extends: true,
        // One at a time: each file runs whole builds, which want both cores and much memory.
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 300_000, fileParallelism: false },
      },
      // Checks of the built site in dist/: `npm test` builds first.
      // One file at a time, as before both cores were offered: the HTML checker runs Java over every page.
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'], fileParallelism: false } },
      // The built site in Debian's Chromium, served once by Astro's preview server for all files.
      // Not extending Astro's Vite config: these tests drive a browser and never import astro:*.
      {
        root,
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
