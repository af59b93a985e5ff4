import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, SKILLS } from '../../../../src/lib/ladder';
import { indexData, payChange, payText, plan, type PlannerPay, type PlannerRole } from '../../../../src/lib/planner';
import { PLACEMENT_RULES } from '../../../../src/lib/pay/placement';
import { graph, index, nothing, payById, site } from './fixture';

describe('pay changes on the real data', () => {
  const change = (from: string, to: string) => plan(index, { from, ...nothing }).steps.find((s) => s.to.id === to)!.pay;
  const occupation = (soc: string) => payById.get(`oews-${soc}-${site.oewsYear}`)!;

  it('gives a pay change for every move on the site, except between rungs placed at one point of one occupation', () => {
    const point = (id: string) => {
      const row = site.crosswalkByRole.get(id)!;
      return `${row.soc_code} ${PLACEMENT_RULES[row.placement].point}`;
    };
    let samePoint = 0;
    for (const move of graph.moves) {
      const kind = change(move.from, move.to).kind;
      if (point(move.from) === point(move.to)) {
        samePoint++;
        // The one rule (src/lib/pay/change.ts) gives a change of 0; the wording says BLS shows none.
        expect(change(move.from, move.to), `${move.from} -> ${move.to}`).toMatchObject({ kind: 'placement', difference: 0 });
      } else expect(['derived', 'placement'], `${move.from} -> ${move.to}`).toContain(kind);
    }
    // Staff to principal TPM: both at the 90th percentile, the highest point BLS publishes.
    expect(samePoint).toBeGreaterThan(0);
    expect(change('staff-technical-program-manager', 'principal-technical-program-manager')).toMatchObject({ kind: 'placement', difference: 0 });
  });

  it("compares the site's placements, and says so, when both rungs share one occupation", () => {
    const pm = occupation('13-1082');
    const result = change('project-manager', 'senior-project-manager');
    expect(result).toMatchObject({
      kind: 'placement',
      difference: pm.p75! - pm.pay,
      from: { placement: 'middle' },
      to: { placement: 'upper' },
    });
    const words = payText(
      result,
      plan(index, { from: 'project-manager', ...nothing }).from,
      graph.byId.get('senior-project-manager') as unknown as PlannerRole,
    );
    expect(words.detail).toMatch(/placement's/);
    expect(words.detail).toMatch(/not a measured raise/);
  });

  it('derives a median-to-median gap between two occupations of the same release', () => {
    const pm = occupation('13-1082');
    const other = occupation(site.crosswalkByRole.get('senior-it-project-manager')!.soc_code);
    expect(change('project-manager', 'senior-it-project-manager')).toMatchObject({
      kind: 'derived',
      difference: other.pay - pm.pay,
      sameYear: true,
      from: { id: pm.id },
      to: { id: other.id },
    });
  });
});

describe('payChange rules on made-up figures', () => {
  const row = (id: string, over: Partial<PlannerPay> = {}): PlannerPay => ({
    id,
    soc_code: id,
    label: id,
    region: 'United States',
    currency: 'USD',
    year: 2024,
    period: 'May 2024',
    statistic: 'median',
    pay: 100000,
    p25: 80000,
    p75: 130000,
    p90: undefined,
    at_least: [],
    measure: 'base-wage',
    source: 'Source',
    source_url: 'https://example.org/',
    source_kind: 'government',
    note: undefined,
    scope: 'occupation',
    ...over,
  });
  const role = (id: string, pay: string[]): PlannerRole => ({
    id,
    title: id,
    name: id,
    track: 'project-management',
    trackName: 'Project management',
    level: 1,
    entry: false,
    years: { value: '1 years', basis: 'test', estimate: true },
    skills: ['Scheduling'],
    certifications: [],
    moves: [],
    pay,
    placement: 'middle',
    guides: [],
    faqs: [],
  });
  const indexOf = (rows: PlannerPay[]) =>
    indexData({
      roles: [],
      pay: rows,
      guides: [],
      faqs: [],
      skills: [...SKILLS],
      certifications: [...CERTIFICATIONS],
      compares: [],
      countsToward: [],
    });

  it('subtracts medians across occupations, and compares placements within one, noting a top-coded point', () => {
    const ix = indexOf([
      row('a', { soc_code: '11-1111', pay: 90000 }),
      row('b', { soc_code: '22-2222', year: 2023, pay: 150000 }),
      row('c', { soc_code: '11-1111', pay: 90000, p75: 239200, at_least: ['p75'] }),
    ]);
    expect(payChange(ix, role('a', ['a']), role('b', ['b']))).toMatchObject({ kind: 'derived', difference: 60000, sameYear: false });
    expect(payChange(ix, role('a', ['a']), { ...role('a2', ['a']), placement: 'lower' })).toMatchObject({
      kind: 'placement',
      difference: 80000 - 90000,
      from: { percentile: 'median', value: 90000 },
      to: { percentile: '25th percentile', value: 80000 },
    });
    expect(payChange(ix, role('c', ['c']), { ...role('c2', ['c']), placement: 'upper' })).toEqual({
      kind: 'same-figure',
      figure: expect.objectContaining({ id: 'c' }),
    });
    expect(payChange(ix, role('x', []), role('y', []))).toEqual({ kind: 'no-figures' });
  });

  it('reports a negative change with a minus sign and both figures', () => {
    const ix = indexOf([row('high', { pay: 120000 }), row('low', { pay: 100000 })]);
    const from = role('a', ['high']);
    const to = role('b', ['low']);
    const change = payChange(ix, from, to);
    expect(change).toMatchObject({ kind: 'derived', difference: -20000 });
    const words = payText(change, from, to);
    expect(words.headline).toBe('−$20,000 a year, median to median (derived)');
    expect(words.detail).toContain('$100,000 − $120,000');
    expect(words.figures.map((f) => f.id)).toEqual(['high', 'low']);
  });
});
