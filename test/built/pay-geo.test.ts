/** The built pay-by-state, state, industry and offer-check pages: every area, no 0 for withheld, tables and downloads. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/lib/data';
import { US_AREAS } from '../../src/lib/data/states';
import { industryFile, stateMapFile, statePageFile } from '../../src/lib/pay/geo-datasets';
import { roleOccupationCodes, stateMapKey } from '../../src/lib/pay/state';
import { routes } from '../../src/lib/routes';
import { DIST, page } from './site';

const data = loadSiteData();
const socs = roleOccupationCodes(data.crosswalk);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const exists = (path: string) => existsSync(join(DIST, path));

describe('pay by state', () => {
  it('builds a page for each of the 54 areas, each with its rows as a download', () => {
    expect(US_AREAS).toHaveLength(54);
    for (const area of US_AREAS) {
      const doc = page(routes.payState(area.slug));
      expect(doc.querySelector('h1')?.textContent, area.name).toContain(area.name);
      expect(doc.querySelector('title')?.textContent).toMatch(new RegExp(`^Project manager salary in ${area.name}`));
      expect(exists(routes.dataFile(statePageFile(area.slug))), area.slug).toBe(true);
    }
  });

  it('shows a withheld figure as "not published for this state", never as 0', () => {
    // BLS withholds Montana's wages for computer and information systems managers (*) and New Hampshire's employment (**).
    const montana = data.oewsState.find((r) => r.state_code === 'MT' && r.soc_code === '11-3021');
    expect(montana?.median).toBe('*');
    for (const slug of ['montana', 'new-hampshire', 'guam']) {
      const doc = page(routes.payState(slug));
      const cells = doc.querySelectorAll('td').map((td) => squash(td.textContent));
      expect(cells, slug).toContain('not published for this state');
      expect(
        cells.filter((c) => /^\$?0$/.test(c)),
        slug,
      ).toEqual([]);
    }
  });

  it('states that state figures are May 2024 and compares them with the U.S. figure of that release', () => {
    const text = squash(page(routes.payState('texas')).querySelector('main')!.textContent);
    expect(text).toContain("BLS's May 2024 state figures, the newest state release available here");
    const us = data.oews.find((r) => r.soc_code === '13-1082' && r.year === 2024)!;
    expect(text).toContain(`$${(us.median as number).toLocaleString('en-US')}`);
    if (data.oewsYear > 2024) expect(text).toContain(`national headline pay is May ${data.oewsYear}`);
  });

  it('draws a map per role occupation, each with a table of all 54 areas sorted by median, a source line and a CSV', () => {
    for (const soc of socs) {
      const path = routes.payByState(stateMapKey(soc, data.crosswalk));
      const doc = page(path);
      const maps = doc.querySelectorAll('figure.chart');
      expect(maps.length, path).toBe(2);
      for (const figure of maps) {
        expect(figure.querySelectorAll('svg.us-map use').length, path).toBe(51);
        const rows = figure.querySelectorAll('table tbody tr');
        const areas = US_AREAS.filter((a) => data.oewsState.some((r) => r.state_code === a.code && r.soc_code === soc));
        expect(rows.length, path).toBe(areas.length);
        const medians = rows
          .map((r) => r.querySelectorAll('td').map((td) => squash(td.textContent)))
          .map((cells) => cells.find((c) => /^\$|not published/.test(c))!);
        const numbers = medians.filter((m) => m.startsWith('$')).map((m) => Number(m.replace(/[$,]/g, '')));
        expect(numbers, path).toEqual([...numbers].sort((a, b) => b - a));
        expect(squash(figure.querySelector('.chart__source')!.textContent)).toContain('U.S. Bureau of Labor Statistics, OEWS, May 2024');
        expect(exists(routes.dataFile(stateMapFile(soc)))).toBe(true);
      }
    }
    expect(exists(routes.dataFile('oews-state.json'))).toBe(true);
  });

  it('keeps the map dashboard and a state page within 40 KB gzipped (HTML and CSS), with no script', () => {
    for (const path of [routes.payByState(), routes.payState('texas')]) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const css = [...html.matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(DIST, m[1]!)));
      const bytes = [Buffer.from(html), ...css].reduce((sum, b) => sum + gzipSync(b).length, 0);
      expect(bytes, path).toBeLessThan(40 * 1024);
      expect(html, path).not.toMatch(/<script[^>]+src=/);
    }
  });
});

describe('pay by industry', () => {
  it('says "mean" and quotes the web search portals against professional services for 15-1299', () => {
    const text = squash(page(routes.dashboard('pay-by-industry')).querySelector('main')!.textContent);
    expect(text).toContain('$210,590');
    expect(text).toContain('$116,260');
    expect(text).toMatch(/mean annual wage/);
    for (const soc of socs) expect(exists(routes.dataFile(industryFile(soc))), soc).toBe(true);
    expect(exists(routes.dataFile('oews-industry.json'))).toBe(true);
  });

  it("shows each role its occupation's industries", () => {
    const doc = page(routes.role('technical-program-manager'));
    const section = doc.querySelector('.role-industries');
    expect(squash(section!.querySelector('h3')!.textContent)).toBe('Where this occupation works and pays most (mean wage, May 2024)');
    expect(squash(section!.textContent)).toContain('Web Search Portals');
  });
});

describe('the offer check', () => {
  it('shows the state tables without JavaScript and keeps script and data under 15 KB gzipped', () => {
    const doc = page(routes.offerCheck());
    expect(doc.querySelector('#offer-check')?.hasAttribute('data-waiting')).toBe(true);
    expect(doc.querySelectorAll('details table').length).toBe(
      Object.keys(JSON.parse(readFileSync(join(DIST, routes.offerData()), 'utf8')).occupations).length,
    );
    const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    const seen = new Set<string>();
    const visit = (src: string) => {
      if (seen.has(src)) return;
      seen.add(src);
      for (const m of readFileSync(join(DIST, src), 'utf8').matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
        visit(`/_astro/${m[1]}`);
    };
    scripts.forEach(visit);
    const bytes = [...seen, routes.offerData()].reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    expect(seen.size).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(15 * 1024);
  });
});
