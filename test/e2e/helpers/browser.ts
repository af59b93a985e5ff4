import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; tools that download their own browser cannot reach the network here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for Chromium on this closed network: without the background-networking ones it keeps
 * trying hosts it cannot reach. Lighthouse's launcher takes the same list.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** Collects the page's uncaught script errors and console errors, for a test to expect none. */
export function scriptErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
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
