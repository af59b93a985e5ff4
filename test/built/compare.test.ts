/**
 * Comparison pages in dist/ show values a reader can act on: each role's pay in dollars with a
 * range, and the skills by name. A page that fell back to counts ("2 figures", "7 vs 13", a cell
 * holding a bare number) fails here.
 */
import { describe, expect, it } from 'vitest';
import { comparePairs, getGraph } from '../../src/lib/ladder';
import { routes } from '../../src/lib/routes';
import { page } from './site';

const pairs = comparePairs(getGraph());
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('built comparison pages', () => {
  it.each(pairs.map(([a, b]) => [`${a.id} vs ${b.id}`, a, b] as const))('%s shows pay values and named skills', (_, a, b) => {
    const doc = page(routes.compare(a.id, b.id));
    const rows = doc.querySelectorAll('table.compare-table tbody tr');
    // A row reads the same for both roles in one cell across both columns ("Both: …"), or differs
    // in one cell per role, its heading marked "differs".
    const row = (heading: RegExp) => {
      const tr = rows.find((r) => heading.test(text(r.querySelector('th')?.textContent).replace(/ differs$/, '')));
      expect(tr, `a row headed ${heading}`).toBeDefined();
      const cells = tr!.querySelectorAll('td');
      const marked = /differs$/.test(text(tr!.querySelector('th')?.textContent));
      if (cells.length === 1) {
        expect(cells[0]!.getAttribute('colspan')).toBe('2');
        expect(text(cells[0]!.textContent)).toMatch(/^Both: /);
        expect(marked).toBe(false);
      } else {
        expect(cells).toHaveLength(2);
        expect(marked).toBe(true);
      }
      return cells;
    };
    for (const cell of row(/median pay/i))
      expect(text(cell.textContent).replace(/^Both: /, '')).toMatch(
        /^(at least )?\$[\d,]+ a year; (25th|10th) percentile \$[\d,]+ to (75th|90th) percentile/,
      );
    const skills = row(/^Skills only this role lists$/);
    const onlyA = a.skills.filter((s) => !b.skills.includes(s));
    const onlyB = b.skills.filter((s) => !a.skills.includes(s));
    if (skills.length === 1) expect([onlyA, onlyB]).toEqual([[], []]);
    else
      for (const [cell, mine] of [
        [skills[0]!, onlyA],
        [skills[1]!, onlyB],
      ] as const) {
        const names = cell.querySelectorAll('li').map((li) => text(li.textContent));
        expect(names).toEqual(mine);
        if (names.length === 0) expect(text(cell.textContent)).toBe('None');
      }
    const shared = row(/^Skills both list$/)[0]!
      .querySelectorAll('li')
      .map((li) => text(li.textContent));
    expect(shared).toEqual(a.skills.filter((s) => b.skills.includes(s)));
    for (const td of doc.querySelectorAll('table.compare-table td')) expect(text(td.textContent)).not.toMatch(/^\d+$/);
    const body = text(doc.querySelector('main')?.textContent);
    expect(body).not.toMatch(/\b\d+ (cited )?figures?\b/);
    expect(body).not.toMatch(/\b\d+ vs \d+\b/);
  });

  it('the any-pair picker on /compare/ carries pay as dollar figures and growth as a percentage, not counts', () => {
    const json = JSON.parse(page(routes.compares()).querySelector('#any-pair-data')!.textContent) as {
      roles: Array<{ id: string; pay: string[]; growth: string }>;
    };
    expect(json.roles.length).toBeGreaterThan(5);
    for (const role of json.roles) {
      expect(role.pay.length, role.id).toBeGreaterThan(0);
      for (const p of role.pay) expect(p, role.id).toMatch(/^\$[\d,]+ /);
      expect(role.growth, role.id).toMatch(/^[+−]?[\d.]+% for /);
    }
  });

  it('the any-pair picker on /compare/ carries the answer for the pair it starts on, so the page is whole before its script runs', () => {
    const doc = page(routes.compares());
    const picker = doc.querySelector('#any-pair')!;
    expect(picker.hasAttribute('hidden')).toBe(false);
    expect(picker.hasAttribute('data-waiting')).toBe(true);
    const chosen = ['a', 'b'].map((name) => picker.querySelector(`select[name="${name}"] option[selected]`)?.getAttribute('value'));
    const result = doc.querySelector('#any-pair-result')!;
    expect(result.getAttribute('data-pair')).toBe(chosen.join(' '));
    const titles = result.querySelectorAll('thead a').map((a) => a.getAttribute('href'));
    expect(titles).toEqual(chosen.map((id) => routes.role(id!)));
    expect(result.querySelectorAll('tbody tr')).toHaveLength(5);
  });
});
