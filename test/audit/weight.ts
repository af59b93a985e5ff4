/**
 * `npm run report:weight`: per page type, the gzipped bytes of HTML, CSS, JS and the rest that a
 * cold first load fetches, and the number of requests; then the guide-page budget and a check
 * that no page but search carries search code. Reads dist/ (the npm script builds first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, measurePage, pageType, PAGE_TYPES, SEARCH_PAGES, type PageWeight } from './page-weight.ts';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run "npm run build" first.');
  process.exit(1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pages = builtPages(dist).map((path) => measurePage(dist, path));
const byType = new Map<string, PageWeight[]>();
for (const page of pages) byType.set(pageType(page.path), [...(byType.get(pageType(page.path)) ?? []), page]);

const order = [...PAGE_TYPES.map((t) => t.type), 'other'];
const header = ['page type', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'font+img', 'search', 'total KB', 'requests'];
const rows: string[][] = [];
for (const type of order) {
  const group = byType.get(type);
  if (!group) continue;
  // The heaviest page of a type is the one a budget has to hold for.
  const worst = group.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a));
  rows.push([
    type,
    String(group.length),
    worst.path.length > 58 ? `${worst.path.slice(0, 57)}…` : worst.path,
    kb(worst.bytes.html),
    kb(worst.bytes.css),
    kb(worst.bytes.js),
    kb(worst.bytes.font + worst.bytes.image + worst.bytes.other),
    kb(worst.searchBytes),
    kb(worst.totalBytes),
    String(worst.requests),
  ]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('Page weight on a cold first load, KB gzipped (zlib level 6), heaviest page of each type:\n');
console.log(line(header));
for (const row of rows) console.log(line(row));
const missing = PAGE_TYPES.map((t) => t.type).filter((t) => !byType.has(t));
if (missing.length) console.log(`\nNot built yet: ${missing.join(', ')}.`);

let failed = false;
const check = (ok: boolean, text: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${text}`);
  if (!ok) failed = true;
};
console.log('\nBudgets:');
const guides = byType.get('guide') ?? [];
if (guides.length === 0) check(false, 'no guide pages were built');
else {
  const worst = (f: (p: PageWeight) => number) => Math.max(...guides.map(f));
  // The typeface is one file every page shares from cache: it has its own budget, outside the page's.
  const fonts = new Map(guides.flatMap((p) => p.resources.filter((r) => r.kind === 'font').map((r) => [r.url, r.gzipBytes] as const)));
  check(
    worst((p) => p.totalBytes - p.bytes.font) < 15 * 1024,
    `every guide page under 15 KB gzipped in HTML, CSS and the rest (heaviest ${kb(worst((p) => p.totalBytes - p.bytes.font))} KB)`,
  );
  check(
    fonts.size <= 1 && [...fonts.values()].every((b) => b <= 30 * 1024),
    `one font file, at most 30 KB, shared by every guide page (${[...fonts.entries()].map(([u, b]) => `${u} ${kb(b)} KB`).join(', ') || 'none'})`,
  );
  check(worst((p) => p.requests) <= 3, `every guide page at most 3 requests: HTML, CSS, font (most ${worst((p) => p.requests)})`);
  check(worst((p) => p.bytes.js) === 0, `every guide page 0 bytes of JS (most ${worst((p) => p.bytes.js)} bytes)`);
}
const skillPages = byType.get('skill') ?? [];
if (skillPages.length > 0) {
  const heaviest = Math.max(...skillPages.map((p) => p.totalBytes - p.bytes.font));
  check(
    heaviest < 40 * 1024 && skillPages.every((p) => p.bytes.js === 0),
    `every skill page under 40 KB gzipped in all but the shared font, no JS (heaviest ${kb(heaviest)} KB)`,
  );
}
const searchLoaders = pages.filter((p) => !SEARCH_PAGES.has(p.path) && (p.searchBytes > 0 || p.mentionsSearch));
check(
  searchLoaders.length === 0,
  `no page but ${[...SEARCH_PAGES].join(', ')} loads or references /pagefind/${searchLoaders.length ? `: ${searchLoaders.map((p) => p.path).join(', ')}` : ''}`,
);
const searchPage = pages.find((p) => SEARCH_PAGES.has(p.path));
if (searchPage) {
  console.log(`      the search page loads ${kb(searchPage.searchBytes)} KB of search code up front`);
  // What the first query then fetches before any index chunk: Pagefind's script, its wasm and metadata.
  const pf = join(dist, 'pagefind');
  const firstUse = existsSync(pf)
    ? readdirSync(pf).filter((f) => f === 'pagefind.js' || f === 'pagefind-entry.json' || /^wasm\.en\.pagefind$|\.pf_meta$/.test(f))
    : [];
  const bytes = firstUse.reduce((n, f) => n + gzipSync(readFileSync(join(pf, f))).length, 0);
  if (firstUse.length)
    console.log(`      and ${kb(bytes)} KB more once a search is typed (${firstUse.join(', ')}), then index chunks per query`);
}
if (failed) process.exitCode = 1;
