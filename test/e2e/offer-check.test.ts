/** The offer check in Chromium: the form appears, an offer typed in gets its place in the state's range. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSiteData } from '../../src/lib/data';
import { formatUsd } from '../../src/lib/charts/format';
import { routes } from '../../src/lib/routes';
import { openSite, scriptErrors, type OpenSite } from './helpers/browser';

describe('offer check in Chromium', () => {
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

  it('places a typed offer between two published percentiles in the chosen state, with the U.S. median and the rung placement', async () => {
    const data = loadSiteData();
    const texas = data.oewsState.find((r) => r.state_code === 'TX' && r.soc_code === '13-1082')!;
    const us = data.oews.find((r) => r.soc_code === '13-1082' && r.year === texas.year)!;
    const [median, p75] = [texas.median as number, texas.p75 as number];
    const offer = Math.round((median + p75) / 2);
    await page.goto(site.url(routes.offerCheck()));
    await expect.poll(() => page.locator('#offer-check').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.selectOption('#offer-check select[name="role"]', 'project-manager');
    await page.selectOption('#offer-check select[name="state"]', 'TX');
    await page.fill('#offer-check input[name="offer"]', `$${offer.toLocaleString('en-US')}`);
    await page.click('#offer-check button[type="submit"]');
    const answer = page.locator('#offer-answer');
    await expect
      .poll(() => answer.locator('.offer-check__headline').textContent(), { timeout: 15_000 })
      .toContain('between the 50th and 75th percentile in Texas');
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('about the 63rd percentile, reading a straight line');
    expect(text).toContain(`the U.S. median is ${formatUsd(us.median as number)}`);
    expect(text).toContain('its judgement, not a BLS figure');
    expect(new URL(page.url()).searchParams.get('state')).toBe('TX');
    expect(errors).toEqual([]);
  });

  it('says an offer below the 10th percentile is below it, and answers from a shared link', async () => {
    await page.goto(site.url(`${routes.offerCheck()}?role=technical-program-manager&state=CA&offer=20000`));
    await expect
      .poll(() => page.locator('#offer-answer .offer-check__headline').textContent(), { timeout: 15_000 })
      .toContain('$20,000 is below the 10th percentile in California');
    expect(errors).toEqual([]);
  });
});
