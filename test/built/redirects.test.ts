/** Old addresses keep working: every redirect in astro.config.mjs is built and lands on a real page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { allPages, DIST, redirectPages } from './site';

describe('redirects', () => {
  const configured = Object.entries(config.redirects ?? {}).map(([from, to]) => ({
    from,
    to: typeof to === 'string' ? to : to.destination,
  }));
  const built = redirectPages();

  it('builds a stub for every configured redirect, and no other', () => {
    expect(configured.length).toBeGreaterThan(0);
    expect([...built].sort((a, b) => a.from.localeCompare(b.from))).toEqual([...configured].sort((a, b) => a.from.localeCompare(b.from)));
  });

  it.each(configured)('$from lands on a built page that is not itself a redirect', ({ from, to }) => {
    expect(existsSync(join(DIST, to, 'index.html')), to).toBe(true);
    expect(allPages()).toContain(to);
    expect(allPages()).not.toContain(from);
  });
});
