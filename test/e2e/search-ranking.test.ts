/**
 * The queries search's ranking (src/lib/search/ranking.ts, page weights and metadata) was tuned on,
 * and what a reader expects first, run through the search page itself in Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { routes } from '../../src/lib/routes';
import { faqId } from '../../src/lib/guides/faq-id';

const origin = inject('siteOrigin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${origin}${routes.search()}`);
});
afterAll(async () => {
  await browser?.close();
});

interface Hit {
  href: string;
  type: string;
}

/** The first `n` results the page shows for a query, typed into its box as a reader would. */
async function results(query: string, n = 6): Promise<Hit[]> {
  await page.getByLabel('Search guides, roles, dashboards and FAQs').fill(query);
  await page.waitForSelector(`[data-search-results][data-rendered-query="${query}"]`, { state: 'attached' });
  const hits = await page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      type: li.querySelector('.search-result__type')?.textContent ?? '',
    })),
  );
  return hits.slice(0, n);
}

const hrefs = (hits: Hit[]) => hits.map((hit) => hit.href);
const faq = (guide: string, question: string) => routes.faq(guide, faqId(question));
/** Pages that summarise other pages: they should not crowd out what they summarise. */
const SUMMARY_TYPES = ['Comparison', 'Career plan'];

describe('search ranking', () => {
  it.each([
    ['project manager', 'project-manager'],
    ['technical project manager', 'technical-project-manager'],
    ['senior IT project manager', 'senior-it-project-manager'],
    ['programme manager', 'programme-manager'],
    ['project coordinator', 'project-coordinator'],
    ['business analyst', 'business-analyst'],
    ['software developer', 'software-developer'],
    ['IT support specialist', 'it-support-specialist'],
  ])('puts the role page first for its name: %s', async (query, role) => {
    const hits = await results(query);
    expect(hits[0], JSON.stringify(hits)).toEqual({ href: routes.role(role), type: 'Role' });
  });

  // Pagefind scores words, not phrases: every word of "IT project manager" is in "Senior IT
  // project manager" too, so the senior rung may come first, but nothing else may.
  it.each([['IT project manager', 'it-project-manager', 'senior-it-project-manager']])(
    'puts the role page in the top two for its name, after only its senior rung: %s',
    async (query, role, senior) => {
      const top = hrefs(await results(query, 2));
      expect(top).toContain(routes.role(role));
      expect(routes.role(senior) === top[0] || routes.role(role) === top[0]).toBe(true);
    },
  );

  // Every rung of the TPM track and its management branch holds all three words (Pagefind stems
  // "management" to the same word as "manager"), so those role pages come first, before any
  // guide, ladder or comparison; their order among themselves is Pagefind's.
  it("puts the TPM track's role pages first for 'technical program manager'", async () => {
    const track = [
      'technical-program-manager',
      'senior-technical-program-manager',
      'staff-technical-program-manager',
      'principal-technical-program-manager',
      'director-technical-program-management',
    ].map((id) => routes.role(id));
    const top = hrefs(await results('technical program manager', track.length));
    expect([...top].sort()).toEqual([...track].sort());
  });

  it('answers "PMP vs PRINCE2" with the FAQ that weighs the two, not a comparison page', async () => {
    const hits = await results('PMP vs PRINCE2', 5);
    const first = await page.locator('.search-result__title').first().textContent();
    expect(hits[0]!.type).toBe('FAQ');
    expect(first).toMatch(/\bPMP\b/);
    expect(first).toMatch(/\bPRINCE2\b/);
    expect(hits.filter((hit) => SUMMARY_TYPES.includes(hit.type))).toEqual([]);
  });

  it.each([
    ['project manager salary', 'project-manager'],
    ['IT project manager pay', 'it-project-manager'],
    ['what does a project manager earn', 'project-manager'],
    ['programme manager salary', 'programme-manager'],
  ])('finds the role page or the pay dashboard in the top three for a pay question: %s', async (query, role) => {
    const top = hrefs(await results(query, 3));
    expect(
      top.some((href) => href === routes.role(role) || href === routes.dashboard('role-pay')),
      JSON.stringify(top),
    ).toBe(true);
  });

  it.each(['project manager salary', 'IT project manager salary'])(
    'puts the pay dashboard in the top three for "salary": %s',
    async (query) => {
      expect(hrefs(await results(query, 3))).toContain(routes.dashboard('role-pay'));
    },
  );

  it('answers a pay question a FAQ asks with that FAQ, then the role', async () => {
    const hits = hrefs(await results('How much does a technical project manager earn?', 3));
    expect(hits[0]).toBe(faq('technical-project-manager-role-and-pay', 'How much does a technical project manager earn?'));
    expect(hits).toContain(routes.role('technical-project-manager'));
  });

  it.each([
    ['Do I need a degree to become a technical project manager?', 'become-a-technical-project-manager'],
    ['How do I find a mentor in project management?', 'non-technical-route-to-project-coordinator'],
  ])('answers a question asked in full with its FAQ: %s', async (question, guide) => {
    const hits = await results(question, 1);
    expect(hits[0]).toEqual({ href: faq(guide, question), type: 'FAQ' });
  });

  it.each(['PMP', 'CAPM', 'certification', 'degree', 'mentor', 'agile', 'scrum', 'stakeholder communication'])(
    'keeps comparisons and per-role plans out of the top five for a topic: %s',
    async (query) => {
      const hits = await results(query, 5);
      expect(hits.length).toBe(5);
      expect(
        hits.filter((hit) => SUMMARY_TYPES.includes(hit.type)),
        JSON.stringify(hits),
      ).toEqual([]);
    },
  );

  it.each(['software developer', 'business analyst', 'programme manager'])(
    'ranks no comparison above the role page it compares: %s',
    async (query) => {
      const types = (await results(query, 10)).map((hit) => hit.type);
      const firstSummary = types.findIndex((type) => SUMMARY_TYPES.includes(type));
      expect(types.indexOf('Role')).toBeGreaterThanOrEqual(0);
      if (firstSummary !== -1) expect(types.indexOf('Role')).toBeLessThan(firstSummary);
    },
  );
});
