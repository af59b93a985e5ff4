import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, DIST, page } from './site';

/** The built file a site path resolves to, as a static host would serve it. */
function fileFor(pathname: string): string | undefined {
  const direct = join(DIST, decodeURIComponent(pathname));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

const pages = allPages();
const ids = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let found = ids.get(path);
  if (!found) {
    found = new Set(
      page(path)
        .querySelectorAll('[id]')
        .map((el) => el.id),
    );
    ids.set(path, found);
  }
  return found;
}

describe('every internal link and anchor in the built site resolves', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it.each(pages)('%s', (path) => {
    const broken: string[] = [];
    const doc = page(path);
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src], source[src], use[href]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(ref) || ref === '') continue;
      const url = new URL(ref, `http://site${path}`);
      const target = url.pathname === new URL(`http://site${path}`).pathname ? path : url.pathname;
      const file = fileFor(target);
      if (!file) {
        broken.push(`${ref} (no file for ${url.pathname})`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const pagePath = target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`;
        if (!idsOf(pagePath).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${ref} (no element with id "${url.hash.slice(1)}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
