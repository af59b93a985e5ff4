/** The interactive planner in Debian's Chromium: pick a role, tick what you hold, read the answer and the URL. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexData, itemSlug, plan, planSummary, type PlannerData } from '../../src/lib/planner';
import { routes } from '../../src/lib/routes';
import { openSite, type OpenSite } from './helpers/browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('planner in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  const errors: string[] = [];
  const index = indexData(JSON.parse(readFileSync(join('dist', routes.plannerData()), 'utf8')) as PlannerData);
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });
  afterAll(async () => {
    await site?.close();
  });

  const stepTitles = (p: Page) => p.locator('#planner-result .plan-step__title').allTextContents();
  const tags = (p: Page, stepId: string, n: 0 | 1) => p.locator(`#planner-result .plan-step:has(#plan-${stepId}) .plan-step__gap`).nth(n).locator('.plan-tags li').allTextContents();

  it('picks a role and skills, answers, and writes the plan into the URL', async () => {
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#planner-form').isVisible()).toBe(true);
    expect(squash(await page.locator('#planner-status').textContent())).toBe('Choose your current role to see your plan.');

    await page.selectOption('#plan-from', 'software-developer');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=software-developer');
    // The role's own skills are ticked for the person and cannot be unticked.
    expect(await page.isChecked('#skills-programming')).toBe(true);
    expect(await page.isDisabled('#skills-programming')).toBe(true);

    // Keyboard: focus a box and press Space, as a keyboard user would.
    await page.focus('#skills-stakeholder-communication');
    await page.keyboard.press('Space');
    await page.click('label[for="certs-pmp"]');
    const query = `?from=software-developer&skills=${itemSlug('Stakeholder communication')}&certs=${itemSlug('PMP')}`;
    await expect.poll(() => new URL(page.url()).search).toBe(query);

    const expected = plan(index, { from: 'software-developer', skills: ['Stakeholder communication'], certifications: ['PMP'] });
    expect(await stepTitles(page)).toEqual(expected.steps.map((s) => s.to.title));
    const tpm = expected.steps.find((s) => s.to.id === 'technical-project-manager')!;
    expect(await tags(page, 'technical-project-manager', 0)).toEqual(tpm.missing.skills);
    expect(await tags(page, 'technical-project-manager', 1)).toEqual(tpm.missing.certifications);
    expect(tpm.missing.skills).not.toContain('Stakeholder communication');
    expect(tpm.missing.certifications).not.toContain('PMP');
    expect(squash(await page.locator('#planner-status').textContent())).toBe(planSummary(expected));
    // The first question to read is about a certification still missing, not PMP (held now).
    const firstQuestion = await page.locator('#planner-result .plan-step__reading li', { hasText: 'Question:' }).first().textContent();
    expect(firstQuestion).not.toMatch(/PMP/);

    // Reload: the same plan comes back from the URL alone.
    await page.reload();
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBe(expected.steps.length);
    expect(await page.inputValue('#plan-from')).toBe('software-developer');
    expect(await page.isChecked('#skills-stakeholder-communication')).toBe(true);
    expect(await page.isChecked('#certs-pmp')).toBe(true);
    expect(await page.isChecked('#certs-csm')).toBe(false);
    expect(await tags(page, 'technical-project-manager', 1)).toEqual(tpm.missing.certifications);
  });

  it('keeps ticks across a change of role and goes back through history', async () => {
    await page.goto(site.url(routes.planner('from=software-developer&certs=pmp')));
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    await page.selectOption('#plan-from', 'project-manager');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=project-manager&certs=pmp');
    expect(await stepTitles(page)).toEqual(plan(index, { from: 'project-manager', skills: [], certifications: ['PMP'] }).steps.map((s) => s.to.title));
    await page.goBack();
    await expect.poll(() => page.inputValue('#plan-from')).toBe('software-developer');
    expect(await page.isChecked('#certs-pmp')).toBe(true);
  });

  it('says what it ignored in a link it cannot read', async () => {
    await page.goto(site.url('/planner/?from=astronaut&certs=pmp,xyz'));
    await expect.poll(() => page.locator('#planner-status').textContent()).toContain('from=astronaut, certs=xyz');
    expect(await page.isChecked('#certs-pmp')).toBe(true);
  });

  it('renders in the browser exactly what each static plan page shows', async () => {
    for (const role of index.data.roles) {
      await page.goto(site.url(routes.plannerFrom(role.id)));
      const fixed = squash(await page.locator('.plan').evaluate((el) => el.querySelector('.plan__steps, .plan__top')!.textContent));
      await page.goto(site.url(routes.planner(`from=${role.id}`)));
      await expect.poll(() => page.locator('#planner-result .plan').count()).toBe(1);
      const live = squash(await page.locator('#planner-result .plan').evaluate((el) => el.querySelector('.plan__steps, .plan__top')!.textContent));
      expect(live, role.id).toBe(fixed);
    }
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2 A and AA) with an answer shown, %s scheme', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [routes.planner('from=project-coordinator&certs=capm'), routes.plannerFrom('technical-project-manager')]) {
      await page.goto(site.url(path));
      await expect.poll(() => page.locator('.plan').count()).toBe(1);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } })
          .axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('raises no script errors', () => {
    expect(errors).toEqual([]);
  });
});
