/**
 * Checks the built site in dist/ for the ladder, role and compare pages. Run `npm run build`
 * first; without a build these tests are skipped with a message rather than failing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjacentPairs, comparePairs, getGraph } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';

const DIST = 'dist';
const built = existsSync(join(DIST, 'index.html'));
if (!built) console.warn('test/built/ladders.test.ts: skipped, dist/ has no build. Run `npm run build` first.');

const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="([^"#?]*)[^"]*"/g)].map((m) => m[1]!);
/** The HTML of one element found by a class, up to its closing tag (no nesting of the same tag inside). */
const section = (html: string, tag: string, cls: string) => {
  const start = html.search(new RegExp(`<${tag}[^>]*class="[^"]*${cls}`));
  expect(start, `${tag}.${cls} in the page`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe.skipIf(!built)('built ladder, role and compare pages', () => {
  const graph = getGraph();
  const ladders = graph.tracks.filter((t) => t.kind === 'ladder');

  it('builds a page for every role, with its title as the one h1', () => {
    for (const role of graph.roles) {
      const html = page(routes.role(role.id));
      expect(html.match(/<h1[\s>]/g), role.id).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${role.title.replace(/[()]/g, '\\$&')}</h1>`));
      expect(html).toContain('data-pagefind-filter="type:role"');
    }
  });

  it('lists every role on the roles index', () => {
    const links = new Set(hrefs(page(routes.roles())));
    for (const role of graph.roles) expect(links, role.id).toContain(routes.role(role.id));
  });

  it('draws every role and every move in the overview picture', () => {
    const html = page(routes.ladders());
    const wide = section(html, 'svg', 'overview-svg');
    // The first picture is the narrow one (ladders only); the wide one follows with entry roles.
    const wideStart = html.indexOf('overview-wide-title');
    const widePicture = html.slice(wideStart, html.indexOf('</svg>', wideStart));
    for (const role of graph.roles) expect(hrefs(widePicture), role.id).toContain(routes.role(role.id));
    for (const track of ladders) expect(hrefs(wide), track.id).toContain(routes.ladder(track.id));
    expect(widePicture.match(/class="overview-svg__edge /g)).toHaveLength(graph.moves.length);
    for (const kind of ['step', 'cross-track', 'entry']) {
      expect(widePicture.match(new RegExp(`overview-svg__edge--${kind}"`, 'g'))?.length ?? 0, kind).toBe(
        graph.moves.filter((m) => m.kind === kind).length,
      );
    }
  });

  it('draws every rung of each ladder as a link, in the picture and in the text list', () => {
    for (const track of ladders) {
      const html = page(routes.ladder(track.id));
      const picture = section(html, 'svg', 'ladder-svg');
      const list = section(html, 'ol', 'rung-list');
      for (const role of track.roles) {
        expect(hrefs(picture), `${track.id} picture`).toContain(routes.role(role.id));
        expect(hrefs(list), `${track.id} list`).toContain(routes.role(role.id));
      }
      expect(html).toMatch(/<svg[^>]*class="ladder-svg"[^>]*role="group"[^>]*aria-labelledby="[^"]+"/);
      // Every move out of a rung on this ladder is linked, with its comparison page.
      for (const move of graph.moves.filter((m) => track.roles.some((r) => r.id === m.from))) {
        expect(hrefs(html)).toContain(routes.role(move.to));
        expect(hrefs(html)).toContain(routes.compare(move.from, move.to));
      }
    }
  });

  it('builds a comparison page for every neighbouring pair of rungs and every move', () => {
    const pairs = comparePairs(graph);
    expect(pairs.length).toBeGreaterThanOrEqual(adjacentPairs(graph).length);
    for (const [a, b] of adjacentPairs(graph))
      expect(existsSync(join(DIST, routes.compare(a.id, b.id), 'index.html')), `${a.id} vs ${b.id}`).toBe(true);
    for (const [a, b] of pairs) {
      const html = page(routes.compare(a.id, b.id));
      expect(hrefs(html)).toEqual(expect.arrayContaining([routes.role(a.id), routes.role(b.id)]));
    }
  });

  it('says "no cited figure" for roles without pay and names a source for roles with it', () => {
    for (const role of graph.roles) {
      const html = page(routes.role(role.id));
      if (role.pay.length === 0) expect(html, role.id).toContain('No cited figure');
      else expect(html, role.id).toMatch(/Sources?: <a href="https?:\/\//);
    }
  });

  it('has no dead link to a role, ladder or comparison anywhere in the site', () => {
    const dead: string[] = [];
    for (const file of htmlFiles(DIST)) {
      for (const href of hrefs(readFileSync(file, 'utf8'))) {
        if (!/^\/(roles|ladders|compare)\//.test(href)) continue;
        if (!existsSync(join(DIST, href, 'index.html'))) dead.push(`${file}: ${href}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
