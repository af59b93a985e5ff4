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

const REDIRECT = /<meta http-equiv="refresh"/;
const htmlFiles = () =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const sitePath = (f: string) => (f.endsWith('/index.html') || f === 'index.html' ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`);

/**
 * Every built HTML page as a site path ("/", "/guides/x/", "/404.html"), without the redirect
 * stubs Astro writes for astro.config.mjs `redirects` (test/built/redirects.test.ts checks those).
 */
export function allPages(): string[] {
  return htmlFiles()
    .filter((f) => !REDIRECT.test(readFileSync(join(DIST, f), 'utf8')))
    .map(sitePath)
    .sort();
}

/** The redirect stubs: each old path and the path it sends readers to. */
export function redirectPages(): { from: string; to: string }[] {
  return htmlFiles().flatMap((f) => {
    const to = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(readFileSync(join(DIST, f), 'utf8'))?.[1];
    return to ? [{ from: sitePath(f), to }] : [];
  });
}

export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? 'null'));
}
