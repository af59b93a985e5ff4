import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; tools that download their own browser cannot reach the network here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenSite {
  /** Absolute URL of a site path, e.g. url('/planner/'). */
  url(path: string): string;
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh Chromium pointed at the site that global-setup serves once for every browser test file. */
export async function openSite(origin: string): Promise<OpenSite> {
  const browser = await launchBrowser();
  return { url: (path) => `${origin}${path}`, browser, close: () => browser.close() };
}
