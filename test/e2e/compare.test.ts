/** The compare page's any-pair picker in Debian's Chromium: it appears, and its lists match compareRoles(). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRoles } from '../../src/lib/data/roles';
import { compareRoles, titleInSentence } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';
import { openSite, type OpenSite } from './helpers/browser';

describe('compare page picker in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows the form and, for a picked pair, the skills only each role lists', async () => {
    const roles = loadRoles();
    const [a, b] = [roles[0]!, roles[roles.length - 1]!];
    await page.goto(site.url(routes.compares()));
    await expect.poll(() => page.locator('#any-pair').isVisible()).toBe(true);
    await page.selectOption('#any-pair select[name="a"]', a.id);
    await page.selectOption('#any-pair select[name="b"]', b.id);
    const result = page.locator('#any-pair-result');
    await expect.poll(() => result.locator('h2').textContent()).toBe(`${a.title} vs ${titleInSentence(b.title)}`);
    const expected = compareRoles(a, b).skills;
    const listAfter = async (heading: string) =>
      result
        .locator(`h3:text-is("${heading}") + *`)
        .evaluate((n) => (n.tagName === 'UL' ? [...n.querySelectorAll('li')].map((li) => li.textContent) : []));
    expect(await listAfter(`Skills only ${titleInSentence(a.title)} lists`)).toEqual(expected.onlyA);
    expect(await listAfter(`Skills only ${titleInSentence(b.title)} lists`)).toEqual(expected.onlyB);
    expect(errors).toEqual([]);
  });
});
