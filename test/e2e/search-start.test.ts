/**
 * Search built around the reader's question, in Chromium: suggestions before anything is typed,
 * and the short forms readers type finding the roles they stand for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { routes } from '../../src/lib/routes';

const origin = inject('siteOrigin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
});

describe('search before typing', () => {
  it('offers common questions and links by topic, and each question link opens an answer that exists', async () => {
    await page.goto(`${origin}${routes.search()}`);
    expect(await page.locator('[data-search-start]').isVisible()).toBe(true);
    const questions = await page
      .locator('.search-start__questions a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(questions.length).toBeGreaterThanOrEqual(5);
    // Read from the built pages rather than opened one by one: the same HTML the server sends.
    for (const href of questions) {
      const [path, id] = href.split('#');
      const html = readFileSync(join('dist', path!, 'index.html'), 'utf8');
      expect(html.includes(`id="${id}"`), href).toBe(true);
    }
    const topics = await page.locator('.search-start__topics h3').allTextContents();
    expect(topics).toEqual(expect.arrayContaining(['Roles', 'Pay', 'Certifications', 'Guides']));
    expect(await page.locator(`.search-start__topics a[href="${routes.role('technical-program-manager')}"]`).count()).toBe(1);
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${origin}${routes.search()}`);
    expect(await bare.locator('.search-start__questions a').count()).toBeGreaterThanOrEqual(5);
    await context.close();
  });

  it('hides the suggestions once results show', async () => {
    await page.getByLabel('Search guides, roles, dashboards and FAQs').fill('scrum');
    await page.waitForSelector('[data-search-results][data-rendered-query="scrum"]', { state: 'attached' });
    expect(await page.locator('[data-search-start]').isVisible()).toBe(false);
  });
});

describe('short forms', () => {
  async function first(query: string): Promise<{ href: string; type: string; pay: string }> {
    await page.getByLabel('Search guides, roles, dashboards and FAQs').fill(query);
    await page.waitForSelector(`[data-search-results][data-rendered-query="${query}"]`, { state: 'attached' });
    return page
      .locator('.search-result')
      .first()
      .evaluate((li) => ({
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        type: li.querySelector('.search-result__type')?.textContent ?? '',
        pay: li.querySelector('.search-result__pay')?.textContent ?? '',
      }));
  }

  it.each([
    ['TPM', 'technical-program-manager'],
    ['PM', 'project-manager'],
    ['IT PM', 'it-project-manager'],
    ['BA', 'business-analyst'],
    ['PgM', 'programme-manager'],
  ])('ranks the role first for "%s", with its type and median pay line', async (query, role) => {
    await page.goto(`${origin}${routes.search()}`);
    const hit = await first(query);
    expect(hit.href).toBe(routes.role(role));
    expect(hit.type).toBe('Role');
    expect(hit.pay).toMatch(/^Median \$\d{2,3},\d{3} a year for .+, all levels \(BLS, May \d{4}\)$/);
  });

  it("opens the role's pay section first for a pay question", async () => {
    await page.goto(`${origin}${routes.search()}`);
    const hit = await first('TPM salary');
    expect(hit.href).toBe(routes.role('technical-program-manager'));
    const section = await page.locator('.search-result').first().locator('.search-result__sections a').first().getAttribute('href');
    expect(section).toBe(`${routes.role('technical-program-manager')}#pay`);
  });
});
