import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { allPages } from '../built/site';

const origin = inject('siteOrigin');
// Every built page: at about 100 pages the whole run takes seconds, so no sampling is needed.
const pages = allPages();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 375, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Elements whose box reaches more than a pixel outside an ancestor that hides overflow (so part
 * of them cannot be seen or scrolled to), chart text drawn under 12 px, and the page's sideways
 * overflow. Visually hidden text
 * is clipped on purpose and skipped; so is anything not rendered.
 */
async function layoutProblems(page: Page): Promise<{ clipped: string[]; smallText: string[]; sideways: number }> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
    };
    // Every element walks up its ancestors; each ancestor's overflow is read once, not once per
    // descendant (a skill page's scatter has hundreds of points under the same few boxes).
    const overflowOf = new Map<Element, string>();
    const overflow = (el: Element) => {
      let value = overflowOf.get(el);
      if (value === undefined) {
        const style = getComputedStyle(el);
        value = style.overflowX + style.overflowY;
        overflowOf.set(el, value);
      }
      return value;
    };
    const hides = (value: string) => /hidden|clip/.test(value);
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, [hidden], template, script, style, noscript')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const value = overflow(parent);
        // A scroll box lets the reader reach what it cuts off; only boxes that hide overflow lose content.
        if (/auto|scroll/.test(value) && !hides(value)) break;
        if (!hides(value)) continue;
        const frame = parent.getBoundingClientRect();
        // A box of a pixel or less is the visually-hidden pattern: text kept for screen readers.
        if (frame.width <= 1 && frame.height <= 1) break;
        const out = box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
        if (out) clipped.push(`${describe(el)} inside ${describe(parent)}`);
        break;
      }
    }
    // Chart text as drawn: the font size in SVG units times the SVG's scale on screen.
    const smallText: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (text.getBoundingClientRect().width === 0) continue;
      const scale = text.ownerSVGElement?.getScreenCTM()?.a ?? 1;
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < 11.95) smallText.push(`${px.toFixed(1)} px "${(text.textContent ?? '').trim().slice(0, 30)}"`);
    }
    const root = document.documentElement;
    return { clipped: clipped.slice(0, 10), smallText: smallText.slice(0, 5), sideways: root.scrollWidth - root.clientWidth };
  });
}

describe('at 375 px, nothing is clipped by hidden overflow, chart text is at least 12 px, and nothing scrolls the page sideways', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.concurrent.for(pages)('%s', async (path, { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // One pass, in the light scheme: the dark scheme swaps colour tokens only, so the layout is
      // the same (test/unit/styles/dark-scheme.test.ts holds it to that).
      expect(await layoutProblems(page)).toEqual({ clipped: [], smallText: [], sideways: 0 });
    } finally {
      await page.close();
    }
  });
});
