/** The built planner: a static plan page per starting role, the interactive page's no-JS content, the JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pmpRuleSentence } from '../../src/lib/certifications/eligibility';
import { getGraph } from '../../src/lib/ladder';
import { indexData, missingText, payText, plan, type PlannerData } from '../../src/lib/planner';
import { routes } from '../../src/lib/routes';
import { ONET_PLANNER_ATTRIBUTION } from '../../src/lib/skills/planner-gaps';
import { DIST, page } from './site';

const graph = getGraph();
const data = JSON.parse(readFileSync(join(DIST, routes.plannerData()), 'utf8')) as PlannerData;
const index = indexData(data);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('built planner', () => {
  it('emits the plan data with every role', () => {
    expect(data.roles.map((r) => r.id)).toEqual(graph.roles.map((r) => r.id));
  });

  it.each(graph.roles.map((r) => r.id))('has a static plan from %s that shows the answer for nothing extra ticked', (id) => {
    const doc = page(routes.plannerFrom(id));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('script[src], script[type=module]')).toHaveLength(0);
    const answer = plan(index, { from: id, skills: [], certifications: [] });
    const steps = doc.querySelectorAll('.plan-step');
    expect(steps.map((s) => s.querySelector('.plan-step__title a')!.getAttribute('href'))).toEqual(
      answer.steps.map((s) => routes.role(s.to.id)),
    );
    const sources = doc.querySelectorAll('.plan-sources__list li');
    // Each source once: no two lines with the same link and words.
    const lines = sources.map((li) => `${li.querySelector('a')!.getAttribute('href')} ${squash(li.text)}`);
    expect(new Set(lines).size).toBe(lines.length);
    const cited = (el: HTMLElement, selector: string) =>
      el.querySelectorAll(`${selector} .plan-ref`).map((a) => {
        const target = a.getAttribute('href')!.replace(/^#/, '');
        const li = sources.find((s) => s.getAttribute('id') === target);
        expect(li, target).toBeDefined();
        return li!.querySelector('a')!.getAttribute('href');
      });
    for (const [i, step] of answer.steps.entries()) {
      const el = steps[i]!;
      const certs = step.missing.certifications;
      expect(el.querySelectorAll('.plan-checklist li').map((li) => squash(li.text))).toEqual([
        ...step.missing.skills,
        ...(certs.length === 0 ? [] : certs.length === 1 ? certs : [`One of: ${certs.join(', ')}`]),
      ]);
      expect(squash(el.querySelector('.plan-how__skills')!.text)).toMatch(
        new RegExp(`^Skills: ${escape(missingText(step.missing.skills, step.to.skills, 'skills').replace(/:$/, ''))}`),
      );
      const pay = payText(step.pay, answer.from, step.to);
      expect(squash(el.querySelector('.plan-step__pay')!.text)).toBe(pay.headline);
      expect(cited(el, '.plan-how__pay')).toEqual(pay.figures.map((f) => f.source_url));
      // The reasoning is folded, not left out.
      expect(el.querySelector('details.plan-step__how > summary')!.text).toBe('How we worked this out');
      expect(el.querySelector('details.plan-step__how')!.hasAttribute('open')).toBe(false);
      const reading = [...el.querySelectorAll('.plan-step__first a'), ...el.querySelectorAll('.plan-how__list--reading a')].map((a) =>
        a.getAttribute('href'),
      );
      const expected = [
        ...step.reading.guides.map((g) => routes.guide(g.slug)),
        ...step.reading.faqs.map((f) => routes.faq(f.guide, f.id)),
      ];
      expect(reading).toEqual(expected.length > 0 ? expected : [routes.guides()]);
      if (step.compare)
        expect(el.querySelectorAll('.plan-how__links a').map((a) => a.getAttribute('href'))).toContain(routes.compare(id, step.to.id));
    }
    // Every listed source is cited by some card, and every O*NET figure comes with O*NET's attribution.
    const allCited = new Set(doc.querySelectorAll('.plan-step .plan-ref').map((a) => a.getAttribute('href')));
    expect(sources.map((li) => `#${li.getAttribute('id')}`).filter((ref) => !allCited.has(ref))).toEqual([]);
    if (doc.querySelector('.plan-how__onet'))
      expect(squash(doc.querySelector('.plan-sources .plan__onet')?.text ?? '')).toBe(ONET_PLANNER_ATTRIBUTION);
    if (answer.steps.length === 0) expect(doc.querySelector('.plan__top a')!.getAttribute('href')).toBe(routes.ladder(answer.from.track));
  });

  it('points the interactive page, without JavaScript, at every static plan', () => {
    const doc = page(routes.planner());
    const links = doc.querySelectorAll('.planner-pages a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(graph.roles.map((r) => routes.plannerFrom(r.id)).sort());
    // The form needs the script, so it starts hidden; the answer region is a live region.
    expect(doc.querySelector('#planner-form')!.hasAttribute('data-waiting')).toBe(true);
    expect(doc.querySelector('#planner-status')!.getAttribute('aria-live')).toBe('polite');
    expect(doc.querySelectorAll('#plan-from option').length).toBe(graph.roles.length + 1);
    // Without JavaScript there is no certification answer, so the PMP rule is stated in full, with the comparison page.
    const noscript = doc.querySelector('noscript')!.innerHTML;
    expect(squash(noscript.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"))).toContain(pmpRuleSentence(data.pmpRule!));
    expect(noscript).toContain(`href="${routes.certifications()}"`);
  });

  it('keeps the planner script under 20 KB gzipped', () => {
    const doc = page(routes.planner());
    const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    expect(scripts.length).toBeGreaterThan(0);
    // Count the entry and every chunk it imports.
    const seen = new Set<string>();
    const visit = (src: string) => {
      if (seen.has(src)) return;
      seen.add(src);
      const text = readFileSync(join(DIST, src), 'utf8');
      for (const m of text.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`/_astro/${m[1]}`);
    };
    scripts.forEach(visit);
    const bytes = [...seen].reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    console.info(`planner script: ${[...seen].join(', ')}: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThan(20 * 1024);
    expect(readdirSync(join(DIST, '_astro')).length).toBeGreaterThan(0);
  });
});
