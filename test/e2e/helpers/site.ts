import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

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
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
