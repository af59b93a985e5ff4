/**
 * The smallest harness for browser tests: the built site served by `astro preview` on a free port,
 * and Debian's Chromium driven by playwright-core. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

// Inside Astro's Vite config (which the test projects extend) `import 'astro'` resolves to an empty
// stub; Node's own loader gives the real package, preview() included.
const { preview } = createRequire(import.meta.url)('astro') as typeof import('astro');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(join(process.cwd(), 'dist', 'index.html'))) return 'no built site in dist/: run `npx astro build` first';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}: apt-get install chromium`;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Site {
  /** Absolute URL of a site path, e.g. url('/planner/'). */
  url(path: string): string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const port = await freePort();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: (path) => `http://127.0.0.1:${server.port}${path}`,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
