/** The planner's PMP check in Chromium: the rules come from data/certification-facts.csv. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkEligibility, pmpPrerequisites } from '../../src/lib/certifications/eligibility';
import { parseCertificationFacts } from '../../src/lib/data/certification-facts';
import { routes } from '../../src/lib/routes';
import { openSite, type OpenSite } from './helpers/browser';

describe('PMP eligibility on the planner', () => {
  let site: OpenSite;
  let page: Page;
  const rules = pmpPrerequisites(parseCertificationFacts(readFileSync('data/certification-facts.csv', 'utf8')))!;

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
  });
  afterAll(async () => {
    await site?.close();
  });

  const result = () => page.locator('#pmp-result').textContent();

  it('says what is missing, then yes once the months and hours are there', async () => {
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#pmp-check').isVisible()).toBe(true);
    const months = rules.experienceMonthsDegree! - 12;
    await page.fill('#pmp-months', String(months));
    await page.fill('#pmp-hours', String(rules.educationHours));
    const expected = checkEligibility(rules, {
      education: 'four-year-degree',
      monthsLeadingProjects: months,
      educationHours: rules.educationHours!,
      held: [],
    });
    expect(expected.eligible).toBe(false);
    await expect.poll(result).toBe(`Not yet: you still need ${expected.missing.join(' and ')}.`);

    await page.fill('#pmp-months', String(rules.experienceMonthsDegree));
    await expect.poll(result).toMatch(/^Yes: /);

    // Without a degree the same months fall short again; the CAPM stands in for the hours.
    await page.selectOption('#pmp-education', 'secondary');
    await expect.poll(result).toMatch(/^Not yet: you still need \d+ more months leading projects\.$/);
    await page.fill('#pmp-months', String(rules.experienceMonthsSecondary));
    await page.fill('#pmp-hours', '0');
    await page.check('#pmp-held');
    await expect.poll(result).toMatch(/^Yes: /);
  });
});
