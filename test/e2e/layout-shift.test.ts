/**
 * Pages hold still while they load, in Debian's Chromium. Two things could move them: the blocks
 * that skip rendering until they are near the viewport (global.css), which Chrome may first paint
 * at their placeholder size, and the compare page's picker, which the script reveals. Every guide
 * at desktop size (the widest first screen of guide text) and the other pages that skip blocks at
 * Lighthouse's phone size and desktop size.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/lib/routes';
import { allPages } from '../built/site';
import { launchBrowser } from './helpers/browser';

const origin = inject('siteOrigin');
const guides = allPages().filter((p) => p.startsWith(routes.guides()) && p !== routes.guides());
const others = [
  routes.home(),
  routes.faqHub(),
  routes.compares(),
  routes.data(),
  routes.dashboard('pay-by-industry'),
  routes.dashboard('skills'),
  routes.role('technical-project-manager'),
];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 412, height: 823 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each layout shift while the page loads and settles: the moved elements and the shift's score. */
async function shifts(path: string, viewport: { width: number; height: number }): Promise<string[]> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __shifts: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        const nodes = entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : '?'));
        seen.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'load' });
  // Two frames after load, then a pause: a late shift (a font, a revealed form) lands in it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  const found = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
  await context.close();
  return found;
}

describe('pages do not shift while they load', () => {
  it('finds the guides to check', () => {
    expect(guides.length).toBeGreaterThan(10);
  });
  it.each(guides)('%s at 1280 px', async (path) => {
    expect(await shifts(path, DESKTOP)).toEqual([]);
  });
  it.each(others)('%s at 412 and 1280 px', async (path) => {
    expect(await shifts(path, PHONE)).toEqual([]);
    expect(await shifts(path, DESKTOP)).toEqual([]);
  });
});
