/**
 * The planner built around the reader's question, in Chromium: the certification answer for a
 * reader with 2 years and a bachelor's degree, and focus moving to the plan after "Show my plan".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlannerData } from '../../src/lib/planner';
import { routes } from '../../src/lib/routes';
import { openSite, scriptErrors, type OpenSite } from './helpers/browser';

describe('planner answer in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  let errors: string[] = [];
  const data = JSON.parse(readFileSync(join('dist', routes.plannerData()), 'utf8')) as PlannerData;
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    errors = scriptErrors(page);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("tells a reader with 2 years and a bachelor's degree that the PMP opens in about a year, and suggests the CAPM now", async () => {
    // The rule the answer is checked against is the data's, not a number written here.
    expect(data.pmpRule?.monthsWithDegree).toBe(36);
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#planner-form').isVisible()).toBe(true);
    await page.selectOption('#plan-from', 'it-support-specialist');
    await page.fill('#plan-years', '2');
    await page.selectOption('#plan-education', 'bachelor');
    await page.getByRole('button', { name: 'Show my plan' }).click();

    const advice = squash(await page.locator('.plan-certs').textContent());
    expect(advice).toContain("With a bachelor's degree and 2 years, the PMP opens after 36 months: about 1 more year");
    expect(advice).toContain('Suggested now: CAPM or CompTIA Project+');
    expect(advice).not.toMatch(/Suggested now:[^.]*PMP/);
    // No rung lists the PMP as a plain next step for this reader.
    const certTags = await page.locator('#planner-result .plan-checklist li').allTextContents();
    expect(certTags.filter((t) => t.trim() === 'PMP')).toEqual([]);
    // The answer is kept in the address, so it can be shared.
    expect(new URL(page.url()).searchParams.get('years')).toBe('2');
    expect(new URL(page.url()).searchParams.get('edu')).toBe('bachelor');
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
