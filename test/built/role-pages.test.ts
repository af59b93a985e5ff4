import { describe, expect, it } from 'vitest';
import { HTMLElement } from 'node-html-parser';
import { dataNumbers, dataRows, newestReleases } from './data-figures';
import { jsonLd, page } from './site';

const roles = dataRows('roles.csv');
const crosswalk = new Map(dataRows('crosswalk.csv').map((c) => [c['role']!, c]));
const { oews: year } = newestReleases();
const oews = dataRows('oews.csv');
const usd = (v: string) => `$${Number(v).toLocaleString('en-US')}`;

describe("every role page opens with its occupation's pay and outlook", () => {
  it.each(roles.map((r) => r['id']!))('%s', (id) => {
    const doc = page(`/roles/${id}/`);
    const soc = crosswalk.get(id)!['soc_code']!;
    const row = oews.find((r) => r['soc_code'] === soc && r['year'] === String(year))!;
    const facts = doc.querySelector('.quick-facts')!.textContent.replace(/\s+/g, ' ');
    expect(facts).toContain(`${usd(row['median']!)} a year`);
    expect(facts).toContain(`May ${year}`);
    expect(facts).toMatch(/Typical entry education/);
    expect(facts).toMatch(/Openings a year/);
    // Each source is cited once under the table, not repeated on every row.
    const hrefs = [...doc.querySelectorAll('.quick-facts a[href^="http"]')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBe(new Set(hrefs).size);
    const text = doc.querySelector('main')!.textContent.replace(/\s+/g, ' ');
    // The pay section opens with the site's placement, labelled as its judgement.
    expect(text).toMatch(/The site places an? /);
    expect(text).toContain('not a figure BLS measured');
    expect(text).toContain(crosswalk.get(id)!['covers']!);

    const occupation = jsonLd(doc).find((d) => d['@type'] === 'Occupation')!;
    expect((occupation['occupationalCategory'] as { codeValue: string }).codeValue).toBe(soc);
    const salary = (occupation['estimatedSalary'] as Record<string, unknown>[])[0]!;
    expect(salary['@type']).toBe('MonetaryAmountDistribution');
    expect(salary['median']).toBe(Number(row['median']));
    // A top-coded percentile has no number to give, so it is left out rather than written as the cap.
    if (row['p90'] === '#') expect(salary).not.toHaveProperty('percentile90');
    else expect(salary['percentile90']).toBe(Number(row['p90']));
  });

  it('shows a top-coded percentile as "at least" the cap, never as a bare figure; a model-based release has none', () => {
    const latest = oews.filter((r) => r['year'] === String(year));
    const capped = [...crosswalk.values()].find((c) => latest.some((r) => r['soc_code'] === c['soc_code'] && r['p90'] === '#'));
    if (latest[0]!['method'] === 'model') {
      // May 2025 on: BLS top-codes nothing, so the 90th percentile of computer and information systems managers is a figure.
      expect(capped).toBeUndefined();
      const facts = page('/roles/programme-manager/').querySelector('.quick-facts')!.textContent.replace(/\s+/g, ' ');
      const p90 = latest.find((r) => r['soc_code'] === '11-3021')!['p90']!;
      expect(facts).toContain(`–${usd(p90)}`);
      expect(facts).not.toMatch(/at least/);
      return;
    }
    expect(capped, 'some crosswalked occupation has a top-coded 90th percentile').toBeDefined();
    const facts = page(`/roles/${capped!['role']}/`).querySelector('.quick-facts')!.textContent.replace(/\s+/g, ' ');
    expect(facts).toMatch(/(to |–)at least \$239,200/);
  });

  it.each(roles.map((r) => r['id']!))("%s leads its pay with the rung's placement, the occupation's median after it as context", (id) => {
    const doc = page(`/roles/${id}/`);
    const soc = crosswalk.get(id)!['soc_code']!;
    const row = oews.find((r) => r['soc_code'] === soc && r['year'] === String(year))!;
    const facts = doc.querySelector('.quick-facts')!;
    // The pay section opens with the placement, then the occupation's figures as context.
    const lead = doc.querySelectorAll('#pay ~ .pay-lead, .pay-lead').map((p) => p.textContent.replace(/\s+/g, ' '));
    expect(lead[0]).toMatch(/^The site places an? /);
    expect(lead[0]).toContain("site's judgement");
    expect(lead[1]).toContain(crosswalk.get(id)!['why']!);
    expect(lead[1]).toContain(`median ${usd(row['median']!)} across all levels`);
    const firstRow = facts.querySelector('tbody tr')!.textContent.replace(/\s+/g, ' ');
    expect(firstRow).toMatch(/placement/);
    expect(firstRow).not.toMatch(/^\s*Median pay/);
  });

  it('the project coordinator page opens with its placement, not the occupation median as its pay', () => {
    const text = page('/roles/project-coordinator/').querySelector('main')!.textContent.replace(/\s+/g, ' ');
    const placed = text.indexOf('The site places a project coordinator in the lower half');
    const median = text.indexOf('median $102,320 across all levels');
    expect(placed).toBeGreaterThan(-1);
    expect(median).toBeGreaterThan(placed);
    expect(text).not.toMatch(/Median pay \$/);
  });

  it('every dollar figure on role pages and the pay and outlook dashboards is a figure in data/', () => {
    const numbers = dataNumbers();
    const paths = [
      ...roles.map((r) => `/roles/${r['id']}/`),
      '/dashboards/role-pay/',
      '/dashboards/outlook/',
      '/dashboards/pay-by-state/',
      '/dashboards/pay-by-industry/',
      '/pay/texas/',
      '/pay/guam/',
    ];
    for (const path of paths) {
      const doc = page(path);
      // A worked-out figure (a difference of two published figures, a state median minus the U.S. one) is
      // marked and must say how it was made; the rest must be in data/.
      for (const n of doc.querySelectorAll('[data-derived]')) {
        // A table cell may carry the word in its column's header ("Difference (derived)").
        const cells =
          n.tagName === 'TD' && n.parentNode
            ? n.parentNode.childNodes.filter((c) => c instanceof HTMLElement && /^T[HD]$/.test(c.tagName))
            : [];
        const header = cells.length > 0 ? n.closest('table')?.querySelectorAll('thead th')[cells.indexOf(n)]?.textContent : '';
        expect(`${n.textContent} ${header ?? ''}`, path).toMatch(/\(derived\)|, derived|derived:|a judgement|not published/);
      }
      doc.querySelectorAll('script, style, svg, [data-derived]').forEach((n) => n.remove());
      const text = doc.querySelector('main')!.textContent;
      const untraced = [...text.matchAll(/\$(\d{1,3}(?:,\d{3})+)/g)]
        .map((m) => Number(m[1]!.replace(/,/g, '')))
        .filter((v) => !numbers.has(v));
      expect(untraced, path).toEqual([]);
    }
  });
});

describe('ladders show rungs that differ', () => {
  it.each(['project-management', 'it-project-management', 'technical-program-management'])(
    '%s: each rung has its own placement mark',
    (track) => {
      const doc = page(`/ladders/${track}/`);
      const variant = doc.querySelector('.ladder-figure__variant--wide')!;
      const placed = variant.querySelectorAll('.pay-mark--placement .pay-mark__label').map((t) => t.textContent);
      const rungs = variant.querySelectorAll('.pay-mark--base').length;
      expect(placed.length).toBe(rungs);
      // Rungs of one occupation must not all draw the same point.
      expect(new Set(placed).size).toBeGreaterThan(1);
    },
  );
});
