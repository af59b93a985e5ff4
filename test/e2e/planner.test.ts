/** The interactive planner in Debian's Chromium: pick a role, tick what you hold, read the answer and the URL. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexData, itemSlug, plan, planSummary, type PlannerData } from '../../src/lib/planner';
import { routes } from '../../src/lib/routes';
import { openSite, scriptErrors, type OpenSite } from './helpers/browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('planner in Chromium', () => {
  let site: OpenSite;
  let page: Page;
  let errors: string[] = [];
  const index = indexData(JSON.parse(readFileSync(join('dist', routes.plannerData()), 'utf8')) as PlannerData);
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  beforeAll(async () => {
    site = await openSite(inject('siteOrigin'));
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = scriptErrors(page);
  });
  afterAll(async () => {
    await site?.close();
  });

  const stepTitles = (p: Page) => p.locator('#planner-result .plan-step__title').allTextContents();
  const card = (p: Page, stepId: string) => p.locator(`#planner-result .plan-step:has(#plan-${stepId})`);
  const checklist = (p: Page, stepId: string) => card(p, stepId).locator('.plan-checklist li').allTextContents();
  /** What a card's checklist should hold: each missing skill, then the certifications as one item. */
  const expectedChecklist = (missing: { skills: string[]; certifications: string[] }) => [
    ...missing.skills,
    ...(missing.certifications.length === 0
      ? []
      : missing.certifications.length === 1
        ? missing.certifications
        : [`One of: ${missing.certifications.join(', ')}`]),
  ];

  it('picks a role and skills, answers, and writes the plan into the URL', async () => {
    await page.goto(site.url(routes.planner()));
    await expect.poll(() => page.locator('#planner-form').isVisible()).toBe(true);
    expect(squash(await page.locator('#planner-status').textContent())).toBe('Choose your current role to see your plan.');

    await page.selectOption('#plan-from', 'software-developer');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=software-developer');
    // The role's own skills are ticked for the person, and can be unticked.
    expect(await page.isChecked('#skills-programming')).toBe(true);
    expect(await page.isDisabled('#skills-programming')).toBe(false);

    // Keyboard: focus a box and press Space, as a keyboard user would.
    await page.focus('#skills-stakeholder-communication');
    await page.keyboard.press('Space');
    await page.click('label[for="certs-pmp"]');
    const query = `?from=software-developer&skills=${itemSlug('Stakeholder communication')}&certs=${itemSlug('PMP')}`;
    await expect.poll(() => new URL(page.url()).search).toBe(query);

    const expected = plan(index, { from: 'software-developer', skills: ['Stakeholder communication'], certifications: ['PMP'] });
    expect(await stepTitles(page)).toEqual(expected.steps.map((s) => s.to.title));
    const tpm = expected.steps.find((s) => s.to.id === 'technical-project-manager')!;
    expect(await checklist(page, 'technical-project-manager')).toEqual(expectedChecklist(tpm.missing));
    expect(tpm.missing.skills.length).toBeGreaterThan(0);
    expect(tpm.missing.skills).not.toContain('Stakeholder communication');
    expect(tpm.missing.certifications).not.toContain('PMP');
    expect(squash(await page.locator('#planner-status').textContent())).toBe(planSummary(expected));
    // The first question to read is about a certification still missing, not PMP (held now).
    const firstQuestion = await page.locator('#planner-result .plan-how__list--reading li', { hasText: 'Question:' }).first().textContent();
    expect(firstQuestion).not.toMatch(/PMP/);

    // Reload: the same plan comes back from the URL alone.
    await page.reload();
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBe(expected.steps.length);
    expect(await page.inputValue('#plan-from')).toBe('software-developer');
    expect(await page.isChecked('#skills-stakeholder-communication')).toBe(true);
    expect(await page.isChecked('#certs-pmp')).toBe(true);
    expect(await page.isChecked('#certs-csm')).toBe(false);
    expect(await checklist(page, 'technical-project-manager')).toEqual(expectedChecklist(tpm.missing));
  });

  it('keeps the form hidden until its script has the data, so no early change is lost', async () => {
    const slow = await site.browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await slow.route(`**${routes.plannerData()}`, async (route) => {
      await held;
      await route.continue();
    });
    await slow.goto(site.url(routes.planner()), { waitUntil: 'domcontentloaded' });
    expect(await slow.locator('#planner-form').isVisible()).toBe(false);
    release();
    await expect.poll(() => slow.locator('#planner-form').isVisible()).toBe(true);
    await slow.close();
  });

  it('shows no form without JavaScript, only the plan pages that work without it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url(routes.planner()));
    expect(await noJs.locator('#planner-form').isVisible()).toBe(false);
    expect(await noJs.locator(`a[href="${routes.plannerFrom('project-manager')}"]`).isVisible()).toBe(true);
    await noJs.goto(site.url(routes.offerCheck()));
    expect(await noJs.locator('#offer-check').isVisible()).toBe(false);
    expect(await noJs.locator('details summary').first().isVisible()).toBe(true);
    await context.close();
  });

  it('keeps ticks across a change of role and goes back through history', async () => {
    await page.goto(site.url(routes.planner('from=software-developer&certs=pmp')));
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    await page.selectOption('#plan-from', 'project-manager');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=project-manager&certs=pmp');
    expect(await stepTitles(page)).toEqual(
      plan(index, { from: 'project-manager', skills: [], certifications: ['PMP'] }).steps.map((s) => s.to.title),
    );
    await page.goBack();
    await expect.poll(() => page.inputValue('#plan-from')).toBe('software-developer');
    expect(await page.isChecked('#certs-pmp')).toBe(true);
  });

  it('unticks a skill the role implies, counts it missing and keeps it in the URL', async () => {
    await page.goto(site.url(routes.planner('from=software-developer')));
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    const role = index.roles.get('software-developer')!;
    const target = index.roles.get('technical-project-manager')!;
    const shared = role.skills.find((s) => target.skills.includes(s))!;
    await page.click(`label[for="skills-${itemSlug(shared)}"]`);
    await expect.poll(() => new URL(page.url()).searchParams.get('without')).toBe(itemSlug(shared));
    const expected = plan(index, { from: role.id, skills: [], certifications: [], without: [shared] });
    expect(await checklist(page, 'technical-project-manager')).toEqual(
      expectedChecklist(expected.steps.find((s) => s.to.id === target.id)!.missing),
    );
    expect(await checklist(page, 'technical-project-manager')).toContain(shared);
  });

  it('says CAPM counts toward PMP, and one certification of a rung’s list meets it', async () => {
    await page.goto(site.url(routes.planner('from=project-coordinator&certs=capm')));
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    const pm = card(page, 'project-manager');
    await expect.poll(() => pm.locator('.plan-how__toward').textContent()).toMatch(/^Your CAPM counts toward PMP/);
    // The rule's source is a numbered line of the plan's sources, PMI's page.
    const ref = await pm.locator('.plan-how__toward .plan-ref').getAttribute('href');
    expect(ref).toMatch(/^#plan-source-\d+$/);
    expect(await page.locator(`#planner-result .plan-sources li${ref} a`).getAttribute('href')).toMatch(/^https:\/\/www\.pmi\.org\//);
    expect(await checklist(page, 'project-manager')).toContainEqual(expect.stringMatching(/^One of: .*PMP/));
    await page.click('label[for="certs-prince2"]');
    await expect.poll(() => checklist(page, 'project-manager')).not.toContainEqual(expect.stringMatching(/^One of: |PMP|PRINCE2|CSM/));
    expect(await pm.locator('.plan-how__certifications').textContent()).toMatch(/^Certifications: None: you hold PRINCE2/);
  });

  it('folds the reasoning, and a source number leads to its line without redrawing the plan', async () => {
    await page.goto(site.url(routes.planner('from=project-coordinator')));
    await expect.poll(() => page.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    const how = page.locator('#planner-result .plan-step').first().locator('details.plan-step__how');
    expect(await how.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await how.locator('.plan-how__pay').isVisible()).toBe(false);
    await how.locator('summary').click();
    expect(await how.locator('.plan-how__pay').isVisible()).toBe(true);
    const search = new URL(page.url()).search;
    await how.locator('.plan-how__pay .plan-ref').first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#plan-source-1');
    expect(new URL(page.url()).search).toBe(search);
    await expect.poll(() => page.locator('#plan-source-1').isVisible()).toBe(true);
    // Still the same nodes: the details the reader opened stays open, going back too.
    expect(await how.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(await how.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('restores the plan after a reload without a query string, and clears it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(site.url(routes.planner()));
    await expect.poll(() => tab.locator('#planner-form').isVisible()).toBe(true);
    await tab.selectOption('#plan-from', 'business-analyst');
    await tab.click('label[for="certs-csm"]');
    const query = `?from=business-analyst&certs=${itemSlug('CSM')}`;
    await expect.poll(() => new URL(tab.url()).search).toBe(query);

    // The bare address, as from a bookmark or the navigation: the plan comes back, and so does its link.
    await tab.goto(site.url(routes.planner()));
    await expect
      .poll(() => tab.locator('#planner-result .plan-step').count())
      .toBe(plan(index, { from: 'business-analyst', skills: [], certifications: ['CSM'] }).steps.length);
    expect(await tab.inputValue('#plan-from')).toBe('business-analyst');
    expect(await tab.isChecked('#certs-csm')).toBe(true);
    expect(new URL(tab.url()).search).toBe(query);

    // A link with a plan of its own wins over the kept one, and becomes the kept one.
    await tab.goto(site.url(routes.planner('from=systems-analyst')));
    await expect.poll(() => tab.inputValue('#plan-from')).toBe('systems-analyst');
    await tab.goto(site.url(routes.planner()));
    await expect.poll(() => tab.inputValue('#plan-from')).toBe('systems-analyst');

    await tab.click('#planner-clear');
    await expect.poll(() => tab.url()).toBe(site.url(routes.planner()));
    expect(await tab.inputValue('#plan-from')).toBe('');
    expect(await tab.locator('#planner-result .plan-step').count()).toBe(0);
    expect(await tab.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('from=')))).toEqual([]);
    await tab.reload();
    await expect.poll(() => tab.locator('#planner-status').textContent()).toContain('Choose your current role');
    expect(await tab.inputValue('#plan-from')).toBe('');
    await context.close();
  });

  // Two PDFs for each of the eighteen starting roles: past the 30 s default on two busy cores.
  it('prints every starting role’s plan on one page, A4 or US Letter, without the form', { timeout: 120_000 }, async () => {
    for (const role of index.data.roles) {
      await page.goto(site.url(routes.planner(`from=${role.id}&certs=capm`)));
      await expect.poll(() => page.locator('#planner-result .plan').count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#planner-form').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('#planner-result .plan').isVisible()).toBe(true);
      if (role.moves.length > 0) {
        expect(await page.locator('#planner-address').textContent()).toContain(`from=${role.id}`);
        expect(await page.locator('#planner-result .plan-sources__list').isVisible(), role.id).toBe(true);
      }
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages.length, `${role.id}, ${format}`).toBe(1);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('puts the plan one tap below the role on a phone, the long form folded', async () => {
    const phone = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    await phone.goto(site.url(routes.planner('from=it-support-specialist')));
    await expect.poll(() => phone.locator('#planner-result .plan-step').count()).toBeGreaterThan(0);
    expect(await phone.locator('#planner-have').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.locator('#skills-programming').isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Show my plan' }).click();
    const heading = await phone.locator('#planner-answer-title').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(667);
    await phone.close();
  });

  it('says what it ignored in a link it cannot read', async () => {
    await page.goto(site.url('/planner/?from=astronaut&certs=pmp,xyz'));
    await expect.poll(() => page.locator('#planner-status').textContent()).toContain('from=astronaut, certs=xyz');
    expect(await page.isChecked('#certs-pmp')).toBe(true);
  });

  it('renders in the browser exactly what each static plan page shows', async () => {
    // The cards (or the top-of-ladder line) and the plan's sources, in that order.
    const answerText = (el: Element) =>
      [...el.querySelectorAll('.plan__steps, .plan__top, .plan-sources')]
        .map((part) => `${part.className}: ${part.textContent}`)
        .join(' | ');
    for (const role of index.data.roles) {
      await page.goto(site.url(routes.plannerFrom(role.id)));
      const fixed = squash(await page.locator('.plan').evaluate(answerText));
      await page.goto(site.url(routes.planner(`from=${role.id}`)));
      await expect.poll(() => page.locator('#planner-result .plan').count()).toBe(1);
      const live = squash(await page.locator('#planner-result .plan').evaluate(answerText));
      expect(live, role.id).toBe(fixed);
      if (role.moves.length > 0) expect(live, role.id).toMatch(/plan-sources: Sources for this plan/);
    }
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2 A and AA) with an answer shown, %s scheme', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [routes.planner('from=project-coordinator&certs=capm'), routes.plannerFrom('technical-project-manager')]) {
      await page.goto(site.url(path));
      await expect.poll(() => page.locator('.plan').count()).toBe(1);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
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
