import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Browser tests and benchmarks check the real build; they never build it themselves. */
export function assertBuilt(): void {
  for (const file of ['index.html', 'pagefind/pagefind.js']) {
    if (!existsSync(`${distDir}${file}`)) {
      throw new Error(`dist/${file} is missing: run \`npm run build\` before the browser tests or benchmarks.`);
    }
  }
}

/**
 * Astro's programmatic API, imported by path so Node loads it as published: inside Vitest, where
 * Astro's Vite plugins rewrite the bare 'astro' import, it would resolve to an empty module.
 */
async function loadAstro(): Promise<typeof import('astro')> {
  const entry = createRequire(import.meta.url).resolve('astro');
  return import(/* @vite-ignore */ pathToFileURL(entry).href);
}

export interface ServedSite {
  /** e.g. "http://127.0.0.1:41234", no trailing slash; join it with a path from routes. */
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Serves dist/ with Astro's own preview server (the same trailing-slash and 404 handling as
 * `astro preview`) on a free port, so runs never clash with a dev server or with each other.
 */
export async function serveSite(): Promise<ServedSite> {
  assertBuilt();
  const { preview } = await loadAstro();
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
