import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { allPages } from '../built/site';

const origin = inject('siteOrigin');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pages = allPages();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // axe-core (about 550 KB) is given to the context once, to run in every page it opens: added to
  // each page as a script tag, it was parsed again every time, about a second a page on 2 cores.
  await context.addInitScript({ path: axePath });
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The rules whose outcome depends on colour. Everything else (names, roles, structure, landmarks)
 * is the same markup in both schemes, so the dark pass runs only these: it halves the file's time.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's rules (by default all of WCAG 2.x A/AA and best practices) on the page as it is now. */
async function axe(page: Page, only?: string[]): Promise<string[]> {
  const found = await page.evaluate(async (rules) => {
    type Run = (options: object) => Promise<{ violations: AxeViolation[] }>;
    const run = (window as unknown as { axe: { run: Run } }).axe.run;
    // Details of violations only: axe otherwise records every passing node too, a third of its time.
    const result = await run({ resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, only);
  return found.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

describe('axe-core finds no violations on any built page, in light and dark colour schemes', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  // Pages are independent, so a few are checked at once; each is loaded once and checked in both
  // schemes by switching the emulated preference, which re-applies the dark-mode CSS in place.
  // The timeout is generous because concurrent pages share two cores; it guards against a hang.
  it.concurrent.for(pages)('%s', { timeout: 120_000 }, async (path, { expect }) => {
    const page = await context.newPage();
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const light = await axe(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axe(page, COLOUR_RULES);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    } finally {
      await page.close();
    }
  });
});
