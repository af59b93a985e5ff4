/**
 * The table on every comparison page in Chromium, at 375 and 1,280 px: two role columns that fit
 * without sideways scrolling, a first column that stays put, rows where the roles agree shown once
 * across both columns, rows where they differ marked in words, and a pay chart that never draws
 * one occupation's figures twice.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareGlance } from '../../src/lib/compare/glance';
import { loadSiteData } from '../../src/lib/data/index';
import { comparePairs, getGraph } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';
import { launchBrowser } from './helpers/browser';

const origin = inject('siteOrigin');
const data = loadSiteData();
const pairs = comparePairs(getGraph());
const cases = [375, 1280].flatMap((width) => pairs.map(([a, b]) => ({ width, a, b, name: `${width} px ${a.id} vs ${b.id}` })));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Measured {
  overflow: number;
  pageSideways: number;
  stickyFirst: boolean;
  columns: string[];
  rows: { heading: string; cells: string[]; span: number | null }[];
  chartRows: string[];
}

async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const wrap = document.querySelector('.compare-glance')!;
    const table = wrap.querySelector('table')!;
    const text = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    const chart = document.querySelector('#compare-pay table');
    return {
      overflow: wrap.scrollWidth - wrap.clientWidth,
      pageSideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      stickyFirst: getComputedStyle(table.querySelector('tbody th')!).position === 'sticky',
      columns: [...table.querySelectorAll('thead th')].slice(1).map(text),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
        heading: text(tr.querySelector('th')!),
        cells: [...tr.querySelectorAll('td')].map(text),
        span: tr.querySelector('td[colspan]') ? Number(tr.querySelector('td[colspan]')!.getAttribute('colspan')) : null,
      })),
      // The figures of each drawn row, without its label: two equal ones would be one row twice.
      chartRows: chart ? [...chart.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text).join('|')) : [],
    };
  });
}

describe('comparison table at 375 and 1,280 px', () => {
  it('has pages to check', () => expect(pairs.length).toBeGreaterThan(10));

  // One tab, page after page: on a busy two-core machine, dozens of tabs at once time out.
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 375, height: 900 } });
  });
  afterAll(async () => {
    await page?.close();
  });

  it.for(cases)('$name', async ({ width, a, b }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}${routes.compare(a.id, b.id)}`, { waitUntil: 'load' });
    const m = await measure(page);
    const glance = compareGlance(data, a, b);
    expect(m.overflow, 'the table scrolls sideways').toBeLessThanOrEqual(0);
    expect(m.pageSideways).toBe(0);
    expect(m.stickyFirst).toBe(true);
    expect(m.columns).toEqual([a.title, b.title]);
    expect(m.rows).toHaveLength(glance.rows.length);
    glance.rows.forEach((row, i) => {
      const shown = m.rows[i]!;
      if (row.same) {
        expect(shown.span, row.heading).toBe(2);
        expect(shown.cells).toHaveLength(1);
        expect(shown.cells[0]).toMatch(/^Both: /);
        expect(shown.heading).not.toMatch(/differs/);
      } else {
        expect(shown.cells, row.heading).toHaveLength(2);
        expect(shown.heading).toMatch(/differs$/);
      }
    });
    expect(new Set(m.chartRows).size, 'identical pay rows in the chart').toBe(m.chartRows.length);
  });
});
