import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/**
 * What a page costs on a cold first load: the HTML plus every file the browser fetches before
 * first paint (stylesheets and what they import, fonts, scripts and their static imports, module
 * preloads, images, the favicon), each gzipped at zlib's default level as a server would send it.
 */

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Resource {
  url: string;
  kind: Kind;
  gzipBytes: number;
  /** Under /pagefind/: search code or index, which only the search page should load up front. */
  search: boolean;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  bytes: Record<Kind, number>;
  searchBytes: number;
  totalBytes: number;
  requests: number;
  /** The page mentions /pagefind/ anywhere, even in code that would only run on demand. */
  mentionsSearch: boolean;
}

const KIND_BY_EXT: Record<string, Kind> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
  '.ico': 'image',
};

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

export function siteOrigin(): string {
  const config = readFileSync(join(process.cwd(), 'astro.config.mjs'), 'utf8');
  return /site:\s*'([^']+)'/.exec(config)?.[1] ?? 'https://example.invalid';
}

/** Every built HTML page as a site path ("/", "/guides/x/", "/404.html"). */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => (f === 'index.html' || f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

function fileFor(dist: string, path: string): string {
  const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0]!));
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

export function measurePage(dist: string, path: string, origin = siteOrigin()): PageWeight {
  const htmlFile = fileFor(dist, path);
  const html = readFileSync(htmlFile, 'utf8');
  const doc = parse(html);
  const seen = new Set<string>();
  const resources: Resource[] = [{ url: path, kind: 'html', gzipBytes: gzipped(htmlFile), search: false }];

  /** A site path for a reference made from `base`, or null for data: URIs and other sites. */
  const resolve = (ref: string, base: string): string | null => {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return null;
    const url = new URL(ref, new URL(base, origin));
    if (url.origin !== new URL(origin).origin) return url.href;
    return url.pathname;
  };

  const add = (ref: string | undefined, base: string, kindHint?: Kind) => {
    const url = ref && resolve(ref, base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    if (/^https?:/.test(url)) {
      resources.push({ url, kind: kindHint ?? 'other', gzipBytes: 0, search: false });
      return;
    }
    const file = fileFor(dist, url);
    const kind = KIND_BY_EXT[extname(file)] ?? kindHint ?? 'other';
    if (!existsSync(file)) throw new Error(`${path} loads ${url}, which is not in the built site`);
    resources.push({ url, kind, gzipBytes: gzipped(file), search: url.startsWith('/pagefind/') });
    const text = kind === 'css' || kind === 'js' ? readFileSync(file, 'utf8') : '';
    if (kind === 'css') {
      for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) add(m[1], url, 'css');
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(m[1], url);
    }
    if (kind === 'js') {
      // Static imports load with the module; dynamic import() waits until the code asks for it.
      for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) add(m[1], url, 'js');
    }
  };

  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const as = link.getAttribute('as');
    if (rel.includes('stylesheet')) add(link.getAttribute('href'), path, 'css');
    else if (rel.includes('modulepreload')) add(link.getAttribute('href'), path, 'js');
    else if (rel.includes('preload'))
      add(
        link.getAttribute('href'),
        path,
        as === 'font' ? 'font' : as === 'style' ? 'css' : as === 'script' ? 'js' : as === 'image' ? 'image' : 'other',
      );
    else if (rel.includes('icon')) add(link.getAttribute('href'), path, 'image');
  }
  for (const script of doc.querySelectorAll('script[src]')) add(script.getAttribute('src'), path, 'js');
  for (const script of doc.querySelectorAll('script[type="module"]:not([src])')) {
    for (const m of script.textContent.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) add(m[1], path, 'js');
  }
  for (const img of doc.querySelectorAll('img[src]')) {
    if (img.getAttribute('loading') !== 'lazy') add(img.getAttribute('src'), path, 'image');
  }
  // Browsers ask for /favicon.ico when a page names no icon.
  if (!doc.querySelector('link[rel~="icon"]') && existsSync(join(dist, 'favicon.ico'))) add('/favicon.ico', path, 'image');

  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const r of resources) bytes[r.kind] += r.gzipBytes;
  return {
    path,
    resources,
    bytes,
    searchBytes: resources.filter((r) => r.search).reduce((n, r) => n + r.gzipBytes, 0),
    totalBytes: resources.reduce((n, r) => n + r.gzipBytes, 0),
    requests: resources.length,
    mentionsSearch: html.includes('/pagefind/'),
  };
}

export const PAGE_TYPES: { type: string; match: RegExp }[] = [
  { type: 'home', match: /^\/$/ },
  { type: 'guide', match: /^\/guides\/[^/]+\/$/ },
  { type: 'guides index', match: /^\/guides\/$/ },
  { type: 'faq hub', match: /^\/faq\/$/ },
  { type: 'faq question', match: /^\/faq\/[^/]+\/[^/]+\/$/ },
  { type: 'ladders overview', match: /^\/ladders\/$/ },
  { type: 'ladder', match: /^\/ladders\/[^/]+\/$/ },
  { type: 'roles index', match: /^\/roles\/$/ },
  { type: 'role', match: /^\/roles\/[^/]+\/$/ },
  { type: 'compare index', match: /^\/compare\/$/ },
  { type: 'compare', match: /^\/compare\/[^/]+\/$/ },
  { type: 'dashboards overview', match: /^\/dashboards\/$/ },
  { type: 'dashboard', match: /^\/dashboards\/[^/]+\/$/ },
  { type: 'skill', match: /^\/skills\/[^/]+\/$/ },
  { type: 'search', match: /^\/search\/$/ },
  { type: 'planner', match: /^\/planner\/$/ },
  { type: 'planner plan', match: /^\/planner\/[^/]+\/$/ },
  { type: '404', match: /^\/404\.html$/ },
];

export const pageType = (path: string) => PAGE_TYPES.find((t) => t.match.test(path))?.type ?? 'other';

/** Pages allowed to load search code: the search page itself. */
export const SEARCH_PAGES = new Set(['/search/']);
