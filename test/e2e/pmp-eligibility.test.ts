/** The planner's PMP check in Chromium: the rule comes from data/certification-facts.csv. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPmpEligibility, pmpRule } from '../../src/lib/certifications/eligibility';
import { parseCertificationFacts } from '../../src/lib/data/certification-facts';
import { routes } from '../../src/lib/routes';
import { openSite, type OpenSite } from './helpers/browser';

describe('PMP eligibility on the planner', () => {
  let site: OpenSite;
  let page: Page;
  const rule = pmpRule(parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8')))!;

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
  });
  afterAll(async () => {
    await site?.close();
  });

  const result = () => page.locator('#pmp-result').textContent();

  it('says what is missing and how long, then yes once the months and hours are there', async () => {
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#pmp-check').isVisible()).toBe(true);
    const months = rule.monthsWithDegree - 12;
    await page.selectOption('#pmp-education', 'bachelor');
    await page.fill('#pmp-months', String(months));
    await page.check('#pmp-hours');
    const expected = checkPmpEligibility(rule, { education: 'bachelor', experience: { months }, hasEducationHours: true, hasCapm: false });
    expect(expected.eligible).toBe(false);
    await expect.poll(result).toBe(`Not yet: you still need ${expected.missing.join(' and ')}.`);

    await page.fill('#pmp-months', String(rule.monthsWithDegree));
    await expect.poll(result).toMatch(/^Yes: /);

    // With a high school diploma the same months fall short; a GAC-accredited degree needs fewer.
    await page.selectOption('#pmp-education', 'secondary');
    await expect.poll(result).toMatch(/^Not yet: you still need \d+ more months leading projects/);
    await page.selectOption('#pmp-education', 'gac');
    await page.fill('#pmp-months', String(rule.monthsWithGac));
    await expect.poll(result).toMatch(/^Yes: /);

    // The CAPM stands in for the hours.
    await page.uncheck('#pmp-hours');
    await expect.poll(result).toMatch(/contact hours/);
    await page.check('#pmp-held');
    await expect.poll(result).toMatch(/^Yes: /);
  });
});
