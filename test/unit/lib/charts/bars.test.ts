import { describe, expect, it } from 'vitest';
import { barLayout, type BarInput } from '../../../../src/lib/charts/bars';
import { divergingLayout } from '../../../../src/lib/charts/diverging';
import { dumbbellLayout } from '../../../../src/lib/charts/dumbbell';
import { CHART_WIDTHS, TYPE } from '../../../../src/lib/charts/frame';
import { textWidth } from '../../../../src/lib/charts/text';
import { formatUsdShort } from '../../../../src/lib/charts/format';

const pct = (v: number) => `${v}%`;

describe('barLayout', () => {
  const items: BarInput[] = [
    { id: 'a', group: 'First source', label: 'Under 1 year', value: 68000, valueLabel: '$68,000', kind: 'crowdsourced' },
    { id: 'b', group: 'First source', label: '5-9 years', value: 101000, valueLabel: '$101,000', kind: 'crowdsourced' },
    {
      id: 'c',
      group: 'PMI Earning Power 14th edition (2025): U.S. PMP holders',
      label: 'Over 10 years',
      value: 173000,
      valueLabel: '$173,000',
      kind: 'practitioner-survey',
    },
  ];

  it('draws bars from zero with lengths in proportion to values', () => {
    const layout = barLayout(items, { width: CHART_WIDTHS.wide, tickFormat: formatUsdShort });
    const [a, b, c] = layout.rows;
    expect(a!.bar.x).toBe(layout.plot.left);
    expect(a!.bar.width / 68000).toBeCloseTo(c!.bar.width / 173000, 9);
    expect(b!.bar.width).toBeGreaterThan(a!.bar.width);
  });

  it('puts a heading above each group and keeps value labels inside the chart at phone width', () => {
    const layout = barLayout(items, { width: CHART_WIDTHS.narrow, tickFormat: formatUsdShort });
    expect(layout.groups.map((g) => g.label)).toEqual(['First source', 'PMI Earning Power 14th edition (2025): U.S. PMP holders']);
    expect(layout.groups[0]!.ruleY).toBeUndefined();
    expect(layout.groups[1]!.lines.length).toBeGreaterThan(1);
    expect(layout.groups[1]!.lines.at(-1)!.y).toBeLessThan(layout.rows[2]!.labelLines[0]!.y);
    expect(layout.groups[1]!.ruleY).toBeGreaterThan(layout.rows[1]!.bar.y);
    for (const row of layout.rows) {
      expect(row.value.x).toBe(row.bar.x + row.bar.width + 8);
      expect(row.value.x + textWidth(row.value.text, TYPE.value)).toBeLessThanOrEqual(CHART_WIDTHS.narrow);
    }
  });

  it('refuses a negative value, which needs the diverging layout', () => {
    expect(() =>
      barLayout([{ id: 'n', label: 'Shrinking', value: -2, valueLabel: '-2%', kind: 'government' }], { width: 340, tickFormat: pct }),
    ).toThrow(/negative/);
  });
});

describe('divergingLayout', () => {
  const layout = divergingLayout(
    [
      { id: 'up', label: 'Strategic project management', value: 49741, valueLabel: '+$49,741' },
      { id: 'flat', label: 'Budgeting', value: 0, valueLabel: '$0' },
      { id: 'down', label: 'Basic technical analysis', value: -17171, valueLabel: '−$17,171' },
    ],
    { width: CHART_WIDTHS.narrow, tickFormat: formatUsdShort },
  );
  const [up, flat, down] = layout.rows;

  it('centres zero on a symmetric scale', () => {
    expect(layout.zeroX).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 6);
    expect(layout.ticks.some((t) => t.value === 0 && Math.abs(t.x - layout.zeroX) < 1e-9)).toBe(true);
  });

  it('grows positive bars right of zero and negative bars left, in proportion', () => {
    expect(up!.bar.x).toBe(layout.zeroX);
    expect(down!.bar.x + down!.bar.width).toBeCloseTo(layout.zeroX, 9);
    expect(up!.bar.width / 49741).toBeCloseTo(down!.bar.width / 17171, 9);
    expect(flat!.bar.width).toBe(0);
    expect([up!.direction, flat!.direction, down!.direction]).toEqual(['above', 'level', 'below']);
  });

  it('labels each bar beyond its end on its own side, inside the chart', () => {
    expect(up!.value).toMatchObject({ anchor: 'start' });
    expect(up!.value.x).toBeGreaterThan(up!.bar.x + up!.bar.width);
    expect(down!.value).toMatchObject({ anchor: 'end' });
    expect(down!.value.x).toBeLessThan(down!.bar.x);
    expect(down!.value.x - textWidth(down!.value.text, TYPE.value)).toBeGreaterThanOrEqual(0);
    expect(up!.value.x + textWidth(up!.value.text, TYPE.value)).toBeLessThanOrEqual(CHART_WIDTHS.narrow);
  });
});

describe('dumbbellLayout', () => {
  const layout = dumbbellLayout(
    [
      {
        id: 'us',
        label: 'United States, 14th edition',
        from: { value: 109157, label: '$109,157' },
        to: { value: 135000, label: '$135,000' },
      },
    ],
    { width: CHART_WIDTHS.narrow, tickFormat: formatUsdShort },
  );
  const row = layout.rows[0]!;

  it('labels the lower figure on its left and the higher on its right', () => {
    expect(row.from.x).toBeLessThan(row.to.x);
    expect(row.from).toMatchObject({ anchor: 'end' });
    expect(row.from.textX).toBeLessThan(row.from.x);
    expect(row.to).toMatchObject({ anchor: 'start' });
    expect(row.to.textX).toBeGreaterThan(row.to.x);
    expect(row.to.textX + textWidth(row.to.text, TYPE.value)).toBeLessThanOrEqual(CHART_WIDTHS.narrow);
  });

  it('joins the two marks with a d3-shape line path', () => {
    const [, x1, y1, x2, y2] = /^M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)$/.exec(row.path)!.map(Number);
    expect(x1).toBeCloseTo(row.from.x, 2);
    expect(x2).toBeCloseTo(row.to.x, 2);
    expect([y1, y2]).toEqual([row.markY, row.markY]);
  });
});
