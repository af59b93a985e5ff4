/**
 * The planner built around the reader's question, in Chromium: the certification answer from the
 * reader's years and education (PMI's PMP rule, checked against the data), and focus moving to
 * the plan after "Show my plan".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPmpEligibility, pmpRuleSentence, type EducationLevel } from '../../src/lib/certifications/eligibility';
import type { PlannerData } from '../../src/lib/planner';
import { timeToGo } from '../../src/lib/planner/cert-advice';
import { routes } from '../../src/lib/routes';
import { openSite, scriptErrors, type OpenSite } from './helpers/browser';

describe('planner answer in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  let errors: string[] = [];
  const data = JSON.parse(readFileSync(join('dist', routes.plannerData()), 'utf8')) as PlannerData;
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  // The rule every answer is checked against is the data's, as the build emits it.
  const rule = data.pmpRule!;

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    errors = scriptErrors(page);
  });
  afterAll(async () => {
    await site?.close();
  });

  /** The months-to-go line the answer should give, from the data's rule and PMI's check, not a number written here. */
  const opensAfter = (years: number, education: EducationLevel) => {
    const check = checkPmpEligibility(rule, { experience: { years }, education, hasEducationHours: false, hasCapm: false });
    expect(check.monthsToGo).toBeGreaterThan(0);
    return `the PMP opens after ${check.monthsRequired} months: ${timeToGo(check.monthsToGo!)}`;
  };

  it("tells a reader with 2 years and a bachelor's degree when the PMP opens, and suggests the CAPM now", async () => {
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#planner-form').isVisible()).toBe(true);
    await page.selectOption('#plan-from', 'it-support-specialist');
    await page.fill('#plan-years', '2');
    await page.selectOption('#plan-education', 'bachelor');
    await page.getByRole('button', { name: 'Show my plan' }).click();

    const advice = squash(await page.locator('.plan-certs').textContent());
    expect(advice).toContain(`With a bachelor's degree and 2 years, ${opensAfter(2, 'bachelor')}`);
    expect(advice).toContain('Suggested now: CAPM or CompTIA Project+');
    expect(squash(await page.locator('.plan-certs__suggest').textContent())).not.toMatch(/PMP/);
    // The answer states PMI's whole rule, and where the rules and their sources are.
    expect(advice).toContain(pmpRuleSentence(rule));
    expect(await page.locator('.plan-certs a').getAttribute('href')).toBe(routes.certifications());
    // No rung lists the PMP as a plain next step for this reader: it comes with its caveat.
    const items = (await page.locator('#planner-result .plan-checklist li').allTextContents()).map(squash);
    expect(items.filter((t) => /\bPMP\b/.test(t))).not.toEqual([]);
    for (const item of items.filter((t) => /\bPMP\b/.test(t))) expect(item).toContain('PMP (once you are eligible)');
    // The answer is kept in the address, so it can be shared.
    expect(new URL(page.url()).searchParams.get('years')).toBe('2');
    expect(new URL(page.url()).searchParams.get('edu')).toBe('bachelor');
  });

  it('counts the months by education: more with a high school diploma, fewer with a GAC-accredited degree', async () => {
    await page.goto(site.url(routes.planner('from=it-support-specialist&years=2&edu=secondary')));
    await expect.poll(async () => squash(await page.locator('.plan-certs').textContent())).toContain(opensAfter(2, 'secondary'));
    const gacYears = rule.monthsWithGac / 12;
    await page.fill('#plan-years', String(gacYears));
    await page.selectOption('#plan-education', 'gac');
    const met = checkPmpEligibility(rule, { experience: { years: gacYears }, education: 'gac', hasEducationHours: false, hasCapm: false });
    expect(met.monthsToGo).toBe(0);
    await expect
      .poll(async () => squash(await page.locator('.plan-certs').textContent()))
      .toContain(`you meet the PMP's ${rule.monthsWithGac} months`);
    expect(squash(await page.locator('.plan-certs').textContent())).toContain('Suggested now: PMP');
  });

  it('moves focus to the plan heading after "Show my plan" and announces the plan', async () => {
    await page.locator('#plan-from').focus();
    await page.getByRole('button', { name: 'Show my plan' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('planner-answer-title');
    const live = page.locator('#planner-status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(squash(await live.textContent())).not.toBe('');
    // On a phone the plan starts within a screen of the button.
    const button = await page.getByRole('button', { name: 'Show my plan' }).boundingBox();
    const heading = await page.locator('#planner-answer-title').boundingBox();
    expect(heading!.y - (button!.y + button!.height)).toBeLessThan(800);
    expect(errors).toEqual([]);
  });

  it("puts a PMP-eligible reader's answer on the PMP", async () => {
    await page.goto(site.url(routes.planner('from=it-support-specialist&years=4&edu=bachelor')));
    await expect.poll(() => page.locator('.plan-certs').count()).toBe(1);
    expect(squash(await page.locator('.plan-certs').textContent())).toContain('Suggested now: PMP');
  });
});
