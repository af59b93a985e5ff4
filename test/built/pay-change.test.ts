/**
 * One pay rule, as built: every comparison page in dist/ and the planner's data (the JSON the
 * browser script reads) give the same change for the same pair of roles, and the planner page for
 * a role prints that change for each move that has a comparison page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatUsdDeltaFull } from '../../src/lib/charts/format';
import { indexData, payChange, type PlannerData, type PlannerRole } from '../../src/lib/planner';
import { DIST, page } from './site';

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const index = indexData(JSON.parse(readFileSync(join(DIST, 'planner/plan-data.json'), 'utf8')) as PlannerData);
const role = (id: string) => index.roles.get(id) as PlannerRole;
const pairs = readdirSync(join(DIST, 'compare'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const [a, b] = d.name.split('-vs-') as [string, string];
    return { dir: d.name, a, b };
  });

/** The change as the planner data computes it: "+$23,800 a year", or undefined for none. */
function plannerChange(a: string, b: string): string | undefined {
  const change = payChange(index, role(a), role(b));
  return change.kind === 'derived' || change.kind === 'placement' ? `${formatUsdDeltaFull(change.difference)} a year` : undefined;
}

describe('one pay rule in the built site', () => {
  it('has comparison pages to check, each for two roles the planner knows', () => {
    expect(pairs.length).toBeGreaterThan(5);
    for (const { a, b } of pairs) expect([index.roles.has(a), index.roles.has(b)], `${a} vs ${b}`).toEqual([true, true]);
  });

  it.each(pairs.map((p) => [p.dir, p] as const))('%s states the change the planner data gives', (_, { dir, a, b }) => {
    const body = text(page(`/compare/${dir}/`).querySelector('main')?.textContent);
    const expected = plannerChange(a, b);
    if (expected === undefined) expect(body).toContain('No change can be computed from these figures.');
    // Two rungs placed at one point: the one rule gives 0, and both pages say BLS data shows no change.
    else if (expected === '$0 a year')
      expect(body).toContain('Both placements point at the same figure, so BLS data can show no change between them.');
    else expect(body).toMatch(new RegExp(`(difference of|The change,) ${expected.replace(/[$+]/g, '\\$&')}`));
  });

  it('prints the same change on the planner page for every move that has a comparison page', () => {
    let checked = 0;
    for (const { a, b } of pairs) {
      if (!role(a).moves.some((m) => m.to === b)) continue;
      const expected = plannerChange(a, b);
      const body = text(page(`/planner/${a}/`).querySelector('main')?.textContent);
      if (expected === '$0 a year')
        expect(body, `${a} -> ${b}`).toContain('No change BLS data can show: both placements point at the same figure');
      else if (expected !== undefined) expect(body, `${a} -> ${b}`).toContain(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
