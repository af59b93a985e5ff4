/**
 * `npm run audit:lighthouse`: Lighthouse with its default mobile settings (Moto G Power screen,
 * simulated slow 4G, 4x CPU slowdown) on one page of each kind, served by `astro preview` from
 * dist/, in Debian's Chromium. Prints the four category scores per page and every audit that
 * fell short. Pages not built yet are skipped with a note. The npm script builds first.
 *
 *   npm run audit:lighthouse
 *   npm run audit:lighthouse -- --runs=3   # median performance of three runs per page
 *   npm run audit:lighthouse -- --all      # every built page, not one of each kind
 *   npm run audit:lighthouse -- /faq/ /guides/   # just these pages
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/helpers/browser.ts';
import { builtPages, pageType } from './page-weight.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 1);
const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run "npm run build" first.');
  process.exit(1);
}

const built = new Set(builtPages(dist));
// One page of each kind; where the performance issue names one (a ladder, a role, a dashboard), that one.
const preferred = ['/ladders/it-project-management/', '/roles/technical-project-manager/', '/dashboards/role-pay/'];
const KINDS = ['home', 'guides index', 'guide', 'faq hub', 'ladder', 'role', 'dashboard', 'search'];
const oneOfEach = KINDS.map((name) => {
  const ofKind = [...built].filter((p) => pageType(p) === name);
  return { name, path: ofKind.find((p) => preferred.includes(p)) ?? ofKind[0] };
});
const every = process.argv.includes('--all');
const named = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = named.length
  ? named.map((path) => ({ name: 'page', path }))
  : every
    ? [...built].map((path) => ({ name: 'page', path }))
    : oneOfEach;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const port = await freePort();
const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

let failed = false;
const rows: string[][] = [];
try {
  console.log(`Lighthouse (mobile, simulated throttling) on http://127.0.0.1:${port}, ${runs} run(s) per page, Chromium at ${CHROME}\n`);
  for (const { name, path } of targets) {
    if (!path || !built.has(path)) {
      console.log(`skip  ${name}: no page of this kind is built yet`);
      continue;
    }
    const scores: Record<string, number[]> = {};
    const shortfalls = new Map<string, { category: string; text: string }>();
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      for (const id of CATEGORIES) (scores[id] ??= []).push(Math.round((lhr.categories[id]?.score ?? 0) * 100));
      for (const id of CATEGORIES) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            shortfalls.set(ref.id, { category: id, text: `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}` });
          }
        }
      }
    }
    const row = CATEGORIES.map((id) => median(scores[id]!));
    if (row.some((s) => s < 100)) failed = true;
    rows.push([name, path, ...row.map(String)]);
    console.log(`done  ${name} ${path}: ${row.join(' / ')}`);
    // Only the audits that cost a category its 100; near-misses that still round up are noise.
    for (const { category, text } of shortfalls.values())
      if (row[CATEGORIES.indexOf(category as (typeof CATEGORIES)[number])]! < 100) console.log(`        - ${text}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}

const header = ['page', 'path', 'perf', 'a11y', 'best', 'seo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
console.log('');
console.log(header.map((h, i) => (i < 2 ? h.padEnd(widths[i]!) : h.padStart(widths[i]!))).join('  '));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(failed ? '\nTarget 100 in all four: not met on every page.' : '\nTarget 100 in all four: met on every audited page.');
if (failed) process.exitCode = 1;
