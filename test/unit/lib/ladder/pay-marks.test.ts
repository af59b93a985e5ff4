import { describe, expect, it } from 'vitest';
import { diamondPath, markRadius } from '../../../../src/lib/ladder/pay-marks';

describe('pay mark shapes', () => {
  it('draws the total-compensation diamond around its centre, 1.3 radii from it each way', () => {
    expect(diamondPath(8, 8, 5)).toBe('M8,1.5L14.5,8L8,14.5L1.5,8Z');
    expect(markRadius(20)).toBe(8);
    expect(markRadius(5)).toBe(4);
  });
});
