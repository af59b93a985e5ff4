/**
 * Role pages in Chromium: at 375 px with every disclosure closed a page stays within 8,000 px and
 * its pay section starts within the first 1,600 px; at 1,280 px the key facts and contents sit in a
 * sticky rail beside the text; printing opens every disclosure.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getGraph } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';
import { launchBrowser } from './helpers/browser';

const origin = inject('siteOrigin');
const roles = getGraph().roles;
const MAX_HEIGHT = 8000;
const PAY_BY = 1600;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  // The page's fonts change line lengths and so its height: measure with them in place.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('role pages at 375 px, disclosures closed', () => {
  it('has role pages to check', () => expect(roles.length).toBeGreaterThan(5));

  // One tab, page after page: on a busy two-core machine, fourteen tabs at once time out.
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  });
  afterAll(async () => {
    await page?.close();
  });

  it.for(roles.map((r) => r.id))('%s: at most 8,000 px long, pay within the first 1,600 px', async (id) => {
    await page.goto(`${origin}${routes.role(id)}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const m = await page.evaluate(() => ({
      open: document.querySelectorAll('main details[open]').length,
      height: document.documentElement.scrollHeight,
      pay: document.getElementById('pay')!.getBoundingClientRect().top + window.scrollY,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(m.open).toBe(0);
    expect(m.height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(m.pay).toBeLessThanOrEqual(PAY_BY);
    expect(m.sideways).toBe(0);
  });
});

describe('role page layout', () => {
  const path = routes.role(roles.find((r) => r.track !== 'entry')!.id);

  it('lists the sections at the top on a phone, each link pointing at a heading on the page', async () => {
    const page = await open(path, 375);
    try {
      const toc = await page.evaluate(() => {
        const nav = document.querySelector('nav.on-this-page')!;
        const pay = document.getElementById('pay')!;
        return {
          before: Boolean(nav.compareDocumentPosition(pay) & Node.DOCUMENT_POSITION_FOLLOWING),
          missing: [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
          count: nav.querySelectorAll('a').length,
        };
      });
      expect(toc).toEqual({ before: true, missing: [], count: 8 });
    } finally {
      await page.close();
    }
  });

  it('at 1,280 px keeps the key facts and contents in a sticky rail to the right of the text', async () => {
    const page = await open(path, 1280);
    try {
      const rail = page.locator('.role__rail');
      const body = page.locator('.role__body');
      const [railBox, bodyBox] = [await rail.boundingBox(), await body.boundingBox()];
      expect(railBox!.x).toBeGreaterThanOrEqual(bodyBox!.x + bodyBox!.width);
      expect(await rail.evaluate((n) => getComputedStyle(n).position)).toBe('sticky');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const top = await rail.evaluate((n) => n.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
    } finally {
      await page.close();
    }
  });

  it('prints every disclosure open', async () => {
    const page = await open(path, 1280);
    try {
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(
        () =>
          [...document.querySelectorAll('main details:not([open])')]
            .map((d) => [...d.children].find((c) => c.tagName !== 'SUMMARY'))
            .filter((c) => c !== undefined && c.getBoundingClientRect().height === 0).length,
      );
      const folds = await page.locator('main details').count();
      expect(folds).toBeGreaterThan(3);
      expect(hidden).toBe(0);
    } finally {
      await page.close();
    }
  });
});
