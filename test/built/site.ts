import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does this for you).`);
}

/** The built page for a site path such as "/guides/x/", parsed into a DOM document. */
export function page(path: string): HTMLElement {
  const file = join(DIST, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return parse(readFileSync(file, 'utf8'));
}

/** Every built HTML page as a site path ("/", "/guides/x/", "/404.html"). */
export function allPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => (f.endsWith('/index.html') || f === 'index.html' ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? 'null'));
}
