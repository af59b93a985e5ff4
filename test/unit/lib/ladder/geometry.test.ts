import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../src/lib/charts/text';
import { payStripGeometry } from '../../../../src/lib/ladder/geometry';

describe('payStripGeometry', () => {
  it('gives each figure a labelled row on a shared scale', () => {
    const g = payStripGeometry(
      [
        { id: 'a', label: 'Project management specialists (SOC 13-1082)', value: 94500, measure: 'base-wage' },
        { id: 'b', label: 'Technology', value: 189000, measure: 'base-wage' },
      ],
      { width: 400, fontSize: 13 },
    );
    expect(g.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(g.rows[1]!.mark.cy).toBeGreaterThan(g.rows[0]!.mark.cy);
    const x0 = g.axis.x0;
    expect(g.rows[1]!.mark.cx - x0).toBeCloseTo(2 * (g.rows[0]!.mark.cx - x0), 5);
    expect(g.rows[0]!.label.map((l) => l.text)).toEqual(['Project management specialists (SOC 13-1082)']);
    const narrow = payStripGeometry([{ id: 'a', label: 'Project management specialists (SOC 13-1082)', value: 1, measure: 'salary' }], {
      width: 200,
      fontSize: 13,
    });
    expect(narrow.rows[0]!.label.length).toBeGreaterThan(1);
    for (const line of narrow.rows[0]!.label) expect(textWidth(line.text, 13)).toBeLessThanOrEqual(narrow.axis.x1 - narrow.axis.x0);
  });
});
