import { describe, expect, it } from 'vitest';
import { markRadius } from '../../../../src/lib/ladder/pay-marks';

describe('pay mark shapes', () => {
  it('sizes the dot to the font, never under 4 px', () => {
    expect(markRadius(20)).toBe(8);
    expect(markRadius(5)).toBe(4);
  });
});
