import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allPages, DIST, page } from './site';

const skillPages = allPages().filter((p) => /^\/skills\/[^/]+\/$/.test(p));
const ATTRIBUTION =
  /includes information from the O\*NET 29\.0 (and O\*NET 29\.2 )?Databases? by the U\.S\. Department of Labor, Employment and Training Administration \(USDOL\/ETA\)\. Used under the CC BY 4\.0 license\. O\*NET® is a trademark of USDOL\/ETA\./;
const text = (path: string) => page(path).textContent.replace(/\s+/g, ' ');

describe('skill pages', () => {
  it('exist for all 35 O*NET skills, each listed on the skills dashboard', () => {
    expect(skillPages).toHaveLength(35);
    const links = page('/dashboards/skills/')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    for (const path of skillPages) expect(links, path).toContain(path);
  });

  it.each(skillPages)('%s: scatter, fitted line, marked roles, sources, table, CSV, attribution, no script', (path) => {
    const doc = page(path);
    expect(doc.querySelectorAll('svg path.dots')).toHaveLength(2);
    expect(doc.querySelectorAll('svg line.fit')).toHaveLength(2);
    expect(doc.querySelectorAll('svg circle.hl').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    const rows = doc.querySelectorAll('figure table tbody tr').length;
    expect(rows).toBeGreaterThan(700);
    expect(doc.querySelector('.chart__download a')?.getAttribute('href')).toMatch(/^\/data\/skill-[a-z-]+-occupations\.csv$/);
    expect(text(path)).toMatch(ATTRIBUTION);
    expect(text(path)).toContain('BLS Occupational Employment and Wage Statistics, May 2025');
  });

  it('each weighs under 40 KB gzipped with the stylesheet', () => {
    const css = page(skillPages[0]!)
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => gzipSync(readFileSync(join(DIST, l.getAttribute('href')!))).length);
    for (const path of skillPages) {
      const html = gzipSync(readFileSync(join(DIST, path, 'index.html'))).length;
      expect(html + css.reduce((a, b) => a + b, 0), path).toBeLessThan(40 * 1024);
    }
  });
});

describe('pages showing O*NET data carry its attribution', () => {
  const onetPages = allPages().filter((p) => /^\/(roles|compare|planner)\/[^/]+\/$/.test(p) || p === '/dashboards/skills/');
  it.each(onetPages)('%s', (path) => {
    const shows = page(path).querySelector('#onet-profile .onet-profile__wrap, .skill-gaps, #chart-skills');
    if (shows) expect(text(path)).toMatch(ATTRIBUTION);
  });
});

describe('role pages', () => {
  it('name the O*NET occupation and, where it has no ratings, the rated one used', () => {
    const pm = text('/roles/project-manager/');
    expect(pm).toContain('Project Management Specialists (13-1082.00)');
    expect(pm).toContain('O*NET publishes no skill or knowledge ratings for Project Management Specialists');
    expect(pm).toContain('Information Technology Project Managers (15-1299.09), the nearest rated O*NET occupation');
    expect(text('/roles/systems-analyst/')).not.toContain('nearest rated O*NET occupation');
  });
  it('list hot technologies from O*NET', () => {
    const tech = page('/roles/it-project-manager/')
      .querySelectorAll('.onet-profile .tag-list li')
      .map((li) => li.textContent);
    expect(tech.some((t) => t.startsWith('Atlassian JIRA'))).toBe(true);
  });
});

describe('compare pages', () => {
  it('show an overall skill overlap and its gaps', () => {
    const t = text('/compare/it-support-specialist-vs-it-project-manager/');
    expect(t).toMatch(/Skill overlap: \d+ of \d+ \(\d+%\)\./);
    expect(page('/compare/it-support-specialist-vs-it-project-manager/').querySelectorAll('.skill-gaps tbody tr').length).toBeGreaterThan(
      0,
    );
  });
});
