/**
 * The compare page's any-pair picker in Debian's Chromium: it appears, its lists match
 * compareRoles(), and its choice lives in the URL.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rolesFile } from '../../src/lib/data/roles';
import { compareRoles, titleInSentence } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';
import { openSite, scriptErrors, type OpenSite } from './helpers/browser';

describe('compare page picker in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = scriptErrors(page);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows the form and, for a picked pair, the skills only each role lists', async () => {
    const roles = rolesFile.load('data');
    const [a, b] = [roles[0]!, roles[roles.length - 1]!];
    await page.goto(site.url(routes.compares()));
    await expect.poll(() => page.locator('#any-pair').isVisible()).toBe(true);
    await page.selectOption('#any-pair select[name="a"]', a.id);
    await page.selectOption('#any-pair select[name="b"]', b.id);
    const result = page.locator('#any-pair-result');
    await expect.poll(() => result.locator('h2').textContent()).toBe(`${a.title} vs ${titleInSentence(b.title)}`);
    const expected = compareRoles(a, b).skills;
    // Each role's column of the "Skills only this role lists" row, then the shared list below the table.
    const onlyRow = result.locator('tr', { has: page.locator('th', { hasText: 'Skills only this role lists' }) });
    const items = (i: number) =>
      onlyRow
        .locator('td')
        .nth(i)
        .evaluate((td) => [...td.querySelectorAll('li')].map((li) => li.textContent));
    expect(await items(0)).toEqual(expected.onlyA);
    expect(await items(1)).toEqual(expected.onlyB);
    const shared = await result
      .locator('h3:text-is("Skills both list") + *')
      .evaluate((n) => (n.tagName === 'UL' ? [...n.querySelectorAll('li')].map((li) => li.textContent) : []));
    expect(shared).toEqual(expected.shared);
    expect(errors).toEqual([]);
  });

  it('keeps the pair in the URL, restores it on reload, and never offers the same role twice', async () => {
    const roles = rolesFile.load('data');
    const [a, b] = [roles[1]!, roles[2]!];
    await page.goto(site.url(`${routes.compares()}?a=${a.id}&b=${b.id}`));
    await expect.poll(() => page.locator('#any-pair').isVisible()).toBe(true);
    expect(await page.locator('#any-pair select[name="a"]').inputValue()).toBe(a.id);
    expect(await page.locator('#any-pair select[name="b"]').inputValue()).toBe(b.id);
    // The page was built showing another pair: the answer is redrawn for the one in the URL.
    expect(await page.locator('#any-pair-result h2').textContent()).toBe(`${a.title} vs ${titleInSentence(b.title)}`);
    expect(await page.locator(`#any-pair select[name="b"] option[value="${a.id}"]`).isDisabled()).toBe(true);
    const c = roles[3]!;
    await page.selectOption('#any-pair select[name="b"]', c.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe(c.id);
    await page.reload();
    await expect.poll(() => page.locator('#any-pair select[name="b"]').inputValue()).toBe(c.id);
    await page.goto(site.url(`${routes.compares()}?a=${a.id}&b=${a.id}`));
    await expect.poll(() => page.locator('#any-pair select[name="b"]').inputValue()).not.toBe(a.id);
  });

  it('shows no picker without JavaScript, and leaves no gap for it: the comparison pages are listed', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url(routes.compares()));
    expect(await noJs.locator('#any-pair').boundingBox()).toBeNull();
    expect(await noJs.locator(`main .prose a[href^="${routes.compares()}"]`).first().isVisible()).toBe(true);
    await context.close();
  });
});
