/**
 * Search benchmark against the built site in Debian's Chromium: time from the last keystroke to
 * results on screen over many queries, and the bytes the first query fetches.
 * Run `npm run build`, then `npm run bench:search`. Exits non-zero when the median misses the target.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/helpers/browser.ts';
import { serveSite } from '../e2e/helpers/site.ts';

const TARGET_MEDIAN_MS = 100;
/** routes.search(); Node runs this file directly and cannot load the extension-less src/ imports. */
const SEARCH_PATH = '/search/';
/** Roughly a fast typist; each keystroke starts a search, as it would for a reader. */
const KEY_DELAY_MS = 60;

const QUERIES = [
  'mentor',
  'salary',
  'pmp',
  'prince2',
  'scrum master',
  'agile',
  'certification',
  'stakeholder',
  'technical program manager',
  'coordinator',
  'degree',
  'resume',
  'interview',
  'network',
  'budget',
  'risk',
  'promotion',
  'soft skills',
  'software developer',
  'volunteer',
  'experience',
  'itil',
  'programme',
  'project coordinator without a degree',
];

interface Transfer {
  url: string;
  encoded: number;
  decoded: number;
}

/**
 * Counts every finished response's bytes as served (gzip where the server compresses), including
 * those from Pagefind's Web Worker, which the page's own network log does not see.
 */
function recordTransfers(context: BrowserContext) {
  let pending: Promise<Transfer>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const body = await request
          .response()
          .then((r) => r?.body())
          .catch(() => undefined);
        return { url: request.url(), encoded: sizes.responseBodySize + sizes.responseHeadersSize, decoded: body?.length ?? 0 };
      })(),
    );
  });
  return {
    take: async () => {
      const taken = await Promise.all(pending);
      pending = [];
      return taken;
    },
  };
}

/** Records, inside the page, when the last input happened and when the list showed each query. */
async function instrument(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { benchLastInput: number; benchShown: Record<string, number> };
    w.benchLastInput = 0;
    w.benchShown = {};
    document.querySelector('#search-q')!.addEventListener('input', () => (w.benchLastInput = performance.now()), { capture: true });
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      const query = list.getAttribute('data-rendered-query') ?? '';
      w.benchShown[query] = performance.now();
    }).observe(list, { attributes: true, attributeFilter: ['data-rendered-query'] });
  });
}

async function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const box = page.locator('#search-q');
  await box.fill('');
  await page.waitForSelector('[data-search-results][data-rendered-query=""]', { state: 'attached' });
  await box.pressSequentially(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction((q) => (window as unknown as { benchShown: Record<string, number> }).benchShown[q] !== undefined, query);
  const ms = await page.evaluate((q) => {
    const w = window as unknown as { benchLastInput: number; benchShown: Record<string, number> };
    return w.benchShown[q]! - w.benchLastInput;
  }, query);
  const results = await page.locator('.search-result').count();
  return { ms, results };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const site = await serveSite();
const browser = await launchBrowser();
let failed: boolean;
try {
  // A fresh context has an empty cache, as for a first-time visitor.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const network = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}${SEARCH_PATH}`, { waitUntil: 'networkidle' });
  const pageLoad = await network.take();
  await instrument(page);

  const times: { query: string; ms: number; results: number }[] = [];
  let firstQueryBytes: Transfer[] = [];
  for (const [i, query] of QUERIES.entries()) {
    times.push({ query, ...(await timeQuery(page, query)) });
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      firstQueryBytes = await network.take();
    }
  }

  console.log(`Search benchmark: ${QUERIES.length} queries, ${KEY_DELAY_MS} ms between keystrokes, headless Chromium\n`);
  console.log('ms from last keystroke to results shown:');
  for (const [i, t] of times.entries()) {
    console.log(
      `  ${t.ms.toFixed(1).padStart(7)} ms  ${String(t.results).padStart(2)} shown  "${t.query}"${i === 0 ? '  (first query: loads Pagefind)' : ''}`,
    );
  }
  const all = times.map((t) => t.ms);
  const warm = all.slice(1);
  const med = median(all);
  console.log(`\nmedian ${med.toFixed(1)} ms, worst ${Math.max(...all).toFixed(1)} ms over all ${all.length} queries`);
  console.log(
    `median ${median(warm).toFixed(1)} ms, worst ${Math.max(...warm).toFixed(1)} ms once Pagefind is loaded (${warm.length} queries)`,
  );

  const sum = (ts: Transfer[], key: 'encoded' | 'decoded') => ts.reduce((n, t) => n + t[key], 0);
  console.log(
    `\nsearch page itself: ${kb(sum(pageLoad, 'encoded'))} transferred (${kb(sum(pageLoad, 'decoded'))} uncompressed) in ${pageLoad.length} requests`,
  );
  console.log(
    `first query ("${QUERIES[0]}"): ${kb(sum(firstQueryBytes, 'encoded'))} transferred (${kb(sum(firstQueryBytes, 'decoded'))} uncompressed) in ${firstQueryBytes.length} requests`,
  );
  for (const t of firstQueryBytes.sort((a, b) => b.encoded - a.encoded)) {
    console.log(`  ${kb(t.encoded).padStart(9)}  ${new URL(t.url).pathname}`);
  }

  // A reader arriving from the header box: the page opens with ?q= and a cold cache.
  const cold = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coldPage = await cold.newPage();
  await coldPage.goto(`${site.origin}${SEARCH_PATH}?q=${encodeURIComponent(QUERIES[0]!)}`);
  await coldPage.waitForSelector(`[data-search-results][data-rendered-query="${QUERIES[0]}"]`, { state: 'attached' });
  const coldMs = await coldPage.evaluate(() => performance.now());
  await cold.close();
  console.log(
    `\nopening ${SEARCH_PATH}?q=${QUERIES[0]} with an empty cache: results shown ${coldMs.toFixed(0)} ms after navigation started`,
  );

  failed = med >= TARGET_MEDIAN_MS;
  console.log(`\ntarget: median under ${TARGET_MEDIAN_MS} ms: ${failed ? 'MISSED' : 'met'}`);
} finally {
  await browser.close();
  await site.stop();
}
process.exit(failed ? 1 : 0);
