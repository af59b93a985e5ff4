import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { routes } from '../../src/lib/routes';

const origin = inject('siteOrigin');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page as it prints for a reader whose screen is in dark mode: the hardest case for colours. */
async function printed(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 }, colorScheme: 'dark' });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}

describe('printing', () => {
  it('prints every data table of a dashboard expanded, inside the page width', async () => {
    const page = await printed(routes.dashboard('role-pay'));
    try {
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('.chart__data table')].map((table) => {
          const box = table.getBoundingClientRect();
          return { height: box.height, right: box.right, rows: table.querySelectorAll('tbody tr').length };
        }),
      );
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.rows).toBeGreaterThan(0);
        expect(table.height).toBeGreaterThan(table.rows * 10);
        expect(table.right).toBeLessThanOrEqual(width);
      }
    } finally {
      await page.close();
    }
  });

  it('draws charts in the light palette whatever the reader’s colour scheme', async () => {
    const page = await printed(routes.dashboard('role-pay'));
    try {
      const colours = await page.evaluate(() => ({
        ink: getComputedStyle(document.querySelector('.chart__svg text')!).fill,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      expect(colours).toEqual({ ink: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
    } finally {
      await page.close();
    }
  });

  it('writes a site link out as a full address, and prints no contents box on a guide', async () => {
    const page = await printed(routes.guide('enter-it-project-management'));
    try {
      const found = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('main .guide-body a[href^="/"]')!;
        return {
          href: link.getAttribute('href'),
          after: getComputedStyle(link, '::after').content,
          tocs: [...document.querySelectorAll('.toc')].filter((toc) => toc.getBoundingClientRect().height > 0).length,
        };
      });
      // The site's configured address (astro.config's `site`), not the test server's.
      expect(found.after).toMatch(new RegExp(`^" \\(https://[a-z0-9.-]+${found.href!.replace(/[/.]/g, '\\$&')}\\)"$`));
      expect(found.tocs).toBe(0);
    } finally {
      await page.close();
    }
  });
});
