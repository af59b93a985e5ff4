import { describe, expect, it } from 'vitest';
import { gridColumns } from '../../../../src/lib/ui/grid-columns';

describe('gridColumns', () => {
  it('never leaves one card alone on the last row of a grid with two or more columns', () => {
    for (let count = 2; count <= 40; count++) {
      for (const max of [2, 3, 4]) {
        const cols = gridColumns(count, max);
        expect(cols).toBeGreaterThanOrEqual(2);
        expect(cols).toBeLessThanOrEqual(max);
        const rest = count % cols;
        // A last row of one card in a two-column grid is the only case no column count can avoid.
        if (cols > 2) expect(rest === 0 || rest >= cols - 1, `${count} cards, ${cols} columns`).toBe(true);
      }
    }
  });

  it('puts a few cards on one row and prefers the widest grid that works', () => {
    expect(gridColumns(1)).toBe(1);
    expect(gridColumns(3)).toBe(3);
    expect(gridColumns(4)).toBe(4);
    expect(gridColumns(5)).toBe(3);
    expect(gridColumns(7)).toBe(4);
    expect(gridColumns(9, 4)).toBe(3);
  });

  it('rejects a count that is not a whole number of cards', () => {
    expect(() => gridColumns(-1)).toThrow(/whole count/);
    expect(() => gridColumns(2.5)).toThrow(/whole count/);
  });
});
