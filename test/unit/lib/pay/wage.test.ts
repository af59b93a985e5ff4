import { describe, expect, it } from 'vitest';
import { formatEmployment, formatThousands, formatWage, wageOf, wagePosition } from '../../../../src/lib/pay/wage';

const row = { mean: '*' as const, p10: 50000, p25: 60000, median: 70000, p75: 80000, p90: '#' as const, top_code: 239200 };

describe('BLS wage cells in words', () => {
  it('shows # as "at least" the cap and * as no estimate, never as a bare figure', () => {
    expect(formatWage(wageOf(row, 'p90'))).toBe('at least $239,200');
    expect(formatWage(wageOf(row, 'mean'))).toBe('no estimate');
    expect(formatWage(wageOf(row, 'median'))).toBe('$70,000');
  });
  it('places a top-coded cell at the cap and has no place for a missing one', () => {
    expect(wagePosition(wageOf(row, 'p90'))).toBe(239200);
    expect(wagePosition(wageOf(row, 'mean'))).toBeUndefined();
  });
  it('writes thousands out exactly and ** as no estimate', () => {
    expect(formatThousands(1046.3)).toBe('1,046,300');
    expect(formatThousands(78.2)).toBe('78,200');
    expect(formatEmployment('**')).toBe('no estimate');
    expect(formatEmployment(1006160)).toBe('1,006,160');
  });
});
