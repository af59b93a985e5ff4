import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchBrowser } from './helpers/browser';
import { distDir } from './helpers/site';
import { redirectPages } from '../built/site';
import { routes } from '../../src/lib/routes';
import { faqId } from '../../src/lib/guides/faq-id';

const origin = inject('siteOrigin');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const url = (path: string) => `${origin}${path}`;

const MENTOR_QUESTION = 'How do I find a mentor in project management?';
const MENTOR_GUIDE = 'non-technical-route-to-project-coordinator';
const MENTOR_TARGET = routes.faq(MENTOR_GUIDE, faqId(MENTOR_QUESTION));

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Fail a step well inside the test's own timeout, so the report names the step that hung.
  context.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the search page and waits until the list shows results for exactly `query`. */
async function searchFor(page: Page, query: string, path = routes.search()) {
  await page.goto(url(path));
  await page.getByLabel('Search guides, roles, dashboards and FAQs').fill(query);
  await waitForResults(page, query);
}

async function waitForResults(page: Page, query: string) {
  // Compared as a string, not in a selector: a query may hold quotes.
  await page.waitForFunction((q) => document.querySelector('[data-search-results]')?.getAttribute('data-rendered-query') === q, query);
}

const resultTitles = (page: Page) => page.locator('.search-result__title').allTextContents();
const resultTypes = (page: Page) => page.locator('.search-result__type').allTextContents();

describe('search page', () => {
  it('shows the FAQ about finding a mentor as its own result, with the words marked', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    const faq = page.locator('.search-result', { has: page.getByRole('link', { name: MENTOR_QUESTION }) });
    await expect(faq.count()).resolves.toBe(1);
    await expect(faq.locator('.search-result__type').textContent()).resolves.toBe('FAQ');
    await expect(faq.getByRole('link', { name: MENTOR_QUESTION }).getAttribute('href')).resolves.toBe(MENTOR_TARGET);
    const marked = await faq.locator('.search-result__excerpt mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^mentor/i);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^\d+ results? for “mentor”$/);
    await page.close();
  });

  it('lists matching guide sections under their guide', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    const guide = page.locator('.search-result', { has: page.locator('.search-result__type', { hasText: /^Guide$/ }) }).first();
    const sectionLinks = guide.locator('.search-result__sections a');
    expect(await sectionLinks.count()).toBeGreaterThan(0);
    for (const href of await sectionLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/guides\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
    await page.close();
  });

  it('narrows to FAQs only with the FAQ filter, and keeps the filter in the URL', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    const before = await resultTypes(page);
    expect(new Set(before).size).toBeGreaterThan(1);
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^FAQs/ }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'faq');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-result__type')].every((el) => el.textContent === 'FAQ'));
    const after = await resultTypes(page);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set(['FAQ']));
    expect(new URL(page.url()).searchParams.get('q')).toBe('mentor');

    // The same URL, opened fresh, restores both the words and the filter.
    await page.goto(page.url());
    await waitForResults(page, 'mentor');
    await expect(page.getByRole('checkbox', { name: /^FAQs/ }).isChecked()).resolves.toBe(true);
    expect(new Set(await resultTypes(page))).toEqual(new Set(['FAQ']));
    await page.close();
  });

  it('works the filters from the keyboard, keeping focus on the box just ticked', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    const faqBox = page.getByRole('checkbox', { name: /^FAQs/ });
    await faqBox.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-result__type')].every((el) => el.textContent === 'FAQ'));
    await expect(faqBox.isChecked()).resolves.toBe(true);
    await expect(faqBox.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new Set([...document.querySelectorAll('.search-result__type')].map((el) => el.textContent)).size > 1);
    await page.close();
  });

  it('shows the first result without scrolling on a 375 px phone, the filters folded below the results', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await phone.newPage();
    await searchFor(page, 'mentor');
    const first = await page.locator('.search-result').first().locator('.search-result__title').boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(667);
    await expect(page.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    const filtersTop = await page.locator('[data-search-filters]').boundingBox();
    expect(filtersTop!.y).toBeGreaterThan(first!.y);
    // One tap opens them.
    await page.getByText('Narrow the results').click();
    await expect(page.getByRole('checkbox', { name: /^FAQs/ }).isVisible()).resolves.toBe(true);
    await phone.close();
  });

  it('reaches the first result with Tab before any filter', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    await page.locator('#search-q').focus();
    const firstResult = await page.locator('.search-result__title a').first().getAttribute('href');
    let reached: 'result' | 'filter' | undefined;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        href: document.activeElement?.getAttribute('href') ?? null,
        filter: document.activeElement?.closest('[data-search-filters]') !== null,
      }));
      if (focused.filter) reached = 'filter';
      else if (focused.href === firstResult) reached = 'result';
    }
    expect(reached).toBe('result');
    await page.close();
  });

  it('disables a filter that would leave no results, and names every type for readers', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    const boxes = page.getByRole('group', { name: 'Type' }).getByRole('checkbox');
    const states = await boxes.evaluateAll((inputs) =>
      inputs.map((box) => ({ label: box.parentElement?.textContent?.trim() ?? '', disabled: (box as HTMLInputElement).disabled })),
    );
    expect(states.length).toBeGreaterThan(3);
    for (const { label, disabled } of states) {
      expect(label).not.toMatch(/^Pages?\b/);
      expect(disabled, label).toBe(/\(0\)$/.test(label));
    }
    expect(states.some((state) => state.disabled)).toBe(true);
    expect(states.map((state) => state.label.replace(/\s*\(\d+\)$/, ''))).toEqual(
      expect.arrayContaining(['Guides', 'Roles', 'FAQs', 'Pay and outlook']),
    );
    await page.close();
  });

  it.each([
    [375, 'light'],
    [375, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('passes axe (WCAG 2 A and AA) with results and filters shown, %i px, %s', async (width, scheme) => {
    const tab = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    await searchFor(tab, 'mentor');
    await tab.addScriptTag({ path: AXE });
    const violations = await tab.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await tab.close();
  });

  it('opens a FAQ result at its anchor in the guide', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentor');
    await page.getByRole('link', { name: MENTOR_QUESTION }).click();
    await page.waitForURL(url(MENTOR_TARGET));
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe(faqId(MENTOR_QUESTION));
    await expect(target.getByRole('heading').textContent()).resolves.toBe(MENTOR_QUESTION);
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    // Scrolled to the top of the viewport, give or take sub-pixel rounding.
    expect(box!.y).toBeGreaterThan(-1);
    expect(box!.y).toBeLessThan(900);
    await page.close();
  });

  it('focuses the search box when "/" is pressed, without typing the slash', async () => {
    const page = await context.newPage();
    await page.goto(url(routes.search()));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('runs the search the header box on any page sends', async () => {
    const page = await context.newPage();
    await page.goto(url(routes.guide(MENTOR_GUIDE)));
    await page.locator('#header-search-q').fill('mentor');
    await page.locator('#header-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=mentor$/);
    await waitForResults(page, 'mentor');
    expect(await resultTitles(page)).toContain(MENTOR_QUESTION);
    await page.close();
  });

  it('says so, and links to the FAQ hub and guides, when JavaScript is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url(`${routes.search()}?q=mentor`));
    const notice = page.locator('.notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/needs JavaScript/);
    const hrefs = await notice.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([routes.faqHub(), routes.guides()]));
    await noJs.close();
  });
});

describe('what search costs pages that do not search', () => {
  async function requestsWhileLoading(path: string) {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url(path), { waitUntil: 'networkidle' });
    await page.close();
    return requested;
  }

  it('loads no script on a guide page', async () => {
    const requested = await requestsWhileLoading(routes.guide(MENTOR_GUIDE));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((path) => path.endsWith('.js') || path.startsWith(routes.searchBundle()))).toEqual([]);
  });

  it('loads no Pagefind file on the search page until the reader searches', async () => {
    const requested = await requestsWhileLoading(routes.search());
    expect(requested.some((path) => path.endsWith('.js'))).toBe(true);
    expect(requested.filter((path) => path.startsWith(routes.searchBundle()))).toEqual([]);
  });
});

describe('what the index holds', () => {
  it('holds every FAQ page the build wrote, as a FAQ', async () => {
    // Redirect stubs of merged FAQs (astro.config.mjs `redirects`) are not FAQ pages.
    const redirects = new Set(redirectPages().map((r) => r.from));
    const faqPages = readdirSync(join(distDir, 'faq'), { withFileTypes: true })
      .filter((guide) => guide.isDirectory())
      .flatMap((guide) =>
        readdirSync(join(distDir, 'faq', guide.name)).filter(
          (q) => existsSync(join(distDir, 'faq', guide.name, q, 'index.html')) && !redirects.has(`/faq/${guide.name}/${q}/`),
        ),
      );
    expect(faqPages.length).toBeGreaterThanOrEqual(20);
    const page = await context.newPage();
    await page.goto(url(`${routes.search()}?type=faq`));
    await waitForResults(page, '');
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${faqPages.length} results`);
    await page.close();
  });

  it('does not find pages by their type or track: those are filters, not words on the page', async () => {
    const page = await context.newPage();
    await searchFor(page, 'faq');
    const count = await page.locator('.search-result').count();
    await page.goto(url(`${routes.search()}?type=faq`));
    await waitForResults(page, '');
    const faqs = Number((await page.getByRole('status').textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeLessThan(faqs);
    await page.close();
  });

  it('does not index the header and footer: their words find nothing', async () => {
    const page = await context.newPage();
    // The footer's sentence as an exact phrase: its words one by one are in guides too.
    const phrase = '"Pay figures are cited on every chart"';
    await searchFor(page, phrase);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^No results for “"Pay figures/);
    await page.close();
  });

  it('does not index a guide’s FAQ section with the guide: each FAQ is found once, as a FAQ', async () => {
    const page = await context.newPage();
    await searchFor(page, 'mentorship');
    const hits = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        type: li.querySelector('.search-result__type')?.textContent,
        href: li.querySelector('h2 a')?.getAttribute('href'),
      })),
    );
    // "mentorship" is only in the mentor FAQ's answer and the guide body; the FAQ must come back
    // as a FAQ, never as a section of the guide's "Questions people ask".
    expect(hits).toContainEqual({ type: 'FAQ', href: MENTOR_TARGET });
    const sectionHrefs = await page.locator('.search-result__sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sectionHrefs.filter((href) => href?.includes('#faq'))).toEqual([]);
    await page.close();
  });
});
