import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS, TYPE } from '../../../../src/lib/charts/frame';
import { textWidth } from '../../../../src/lib/charts/text';
import { payRangeLayout, payRangeRowTitle, type PayRangeInput } from '../../../../src/lib/charts/pay-range';

const inputs: PayRangeInput[] = [
  {
    id: 'median-only',
    label: 'Project management specialists (SOC 13-1082)',
    sublabel: 'Government statistics · May 2021',
    kind: 'government',
    statistic: 'median',
    pay: 94500,
  },
  { id: 'p75-only', label: 'Project manager - technology', kind: 'employer-survey', statistic: 'median', pay: 131500, p75: 152500 },
  {
    id: 'full',
    label: 'Full range',
    kind: 'employer-survey',
    statistic: 'median',
    pay: 120000,
    p10: 80000,
    p25: 100000,
    p75: 140000,
    p90: 170000,
  },
  { id: 'mean', label: 'Technical project manager', kind: 'crowdsourced', statistic: 'mean', pay: 97158 },
];

describe('payRangeLayout', () => {
  for (const width of Object.values(CHART_WIDTHS)) {
    const layout = payRangeLayout(inputs, { width });

    it(`puts every row on one scale starting at $0 (${width} px)`, () => {
      const zero = layout.ticks.find((t) => t.value === 0);
      expect(zero?.x).toBe(layout.plot.left);
      const perDollar = (layout.rows[0]!.mark.x - layout.plot.left) / 94500;
      for (const row of layout.rows) expect((row.mark.x - layout.plot.left) / row.mark.value).toBeCloseTo(perDollar, 9);
    });

    it(`keeps input order and never overlaps rows (${width} px)`, () => {
      expect(layout.rows.map((r) => r.id)).toEqual(inputs.map((d) => d.id));
      for (let i = 1; i < layout.rows.length; i++) {
        expect(layout.rows[i]!.labelLines[0]!.y - TYPE.label).toBeGreaterThan(layout.rows[i - 1]!.markY + 8);
      }
      expect(layout.plot.bottom).toBeGreaterThan(layout.rows.at(-1)!.markY);
      expect(layout.height).toBeGreaterThan(layout.plot.bottom);
    });

    it(`places each value label right of the row's highest figure and inside the chart (${width} px)`, () => {
      for (const row of layout.rows) {
        const highest = Math.max(row.mark.x, ...row.percentiles.map((p) => p.x));
        expect(row.value.x).toBeGreaterThan(highest);
        expect(row.value.x + textWidth(row.value.text, TYPE.value)).toBeLessThanOrEqual(width);
        for (const line of row.labelLines) expect(textWidth(line.text, TYPE.label)).toBeLessThanOrEqual(width);
      }
    });
  }

  const [medianOnly, p75Only, full, mean] = payRangeLayout(inputs, { width: 720 }).rows;

  it('draws only what the source gives: a median alone has no range or box', () => {
    expect(medianOnly).toMatchObject({ whisker: undefined, box: undefined, percentiles: [] });
    expect(p75Only!.box).toBeUndefined();
    expect(p75Only!.whisker!.x1).toBe(p75Only!.mark.x);
    expect(p75Only!.percentiles.map((p) => p.name)).toEqual(['p75']);
  });

  it('spans p10 to p90 with a p25 to p75 box when all are given', () => {
    const x = (name: string) => full!.percentiles.find((p) => p.name === name)!.x;
    expect(full!.whisker).toEqual({ x1: x('p10'), x2: x('p90') });
    expect(full!.box).toEqual({ x1: x('p25'), x2: x('p75') });
    expect(full!.box!.x1).toBeLessThan(full!.mark.x);
    expect(full!.box!.x2).toBeGreaterThan(full!.mark.x);
  });

  it('marks a mean differently from a median and says so in its label', () => {
    expect(mean!.mark.path).not.toBe(medianOnly!.mark.path);
    expect(mean!.value.text).toBe('$97,158 mean');
    expect(medianOnly!.value.text).toBe('$94,500');
  });
});

describe('payRangeRowTitle', () => {
  it('writes every figure in words, the placement included, and never an object', () => {
    const [row] = payRangeLayout(
      [{ ...inputs[2]!, atLeast: ['p90'], placement: { low: 80000, high: 120000, label: "Site's placement" } }],
      { width: CHART_WIDTHS.wide },
    ).rows;
    const title = payRangeRowTitle(row!);
    expect(title).toBe(
      "Full range: $120,000; 10th percentile $80,000; 25th percentile $100,000; 75th percentile $140,000; 90th percentile at least $170,000; Site's placement $80,000 to $120,000",
    );
    expect(title).not.toMatch(/\[object|undefined|NaN/);
    expect(payRangeRowTitle(payRangeLayout([inputs[0]!], { width: CHART_WIDTHS.wide }).rows[0]!)).toBe(
      'Project management specialists (SOC 13-1082): $94,500',
    );
  });
});
