import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/charts/format';
import { loadOutlook } from '../../src/lib/data/outlook';
import { page } from './site';

describe('role pages show the outlook of the BLS occupation their pay comes from', () => {
  it.each([
    ['project-manager', '13-1082'],
    ['senior-it-project-manager', '11-3021'],
  ])('%s lists every %s projection with its figures and source', (roleId, soc) => {
    const items = page(`/roles/${roleId}/`).querySelectorAll('.role-outlook li').map((li) => li.textContent.replace(/\s+/g, ' '));
    const rows = loadOutlook().filter((o) => o.soc_code === soc);
    expect(rows.length).toBeGreaterThan(0);
    expect(items).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      if (row.openings_per_year !== undefined) expect(items[i]).toContain(`about ${formatCount(row.openings_per_year)} openings a year`);
      expect(items[i]).toContain(row.source);
    });
  });
  it('a role with no occupation figure shows no outlook list', () => {
    expect(page('/roles/technical-project-manager/').querySelectorAll('.role-outlook li')).toHaveLength(0);
  });
});
