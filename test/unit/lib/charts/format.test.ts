import { describe, expect, it } from 'vitest';
import { formatCount, formatPct, formatUsd, formatUsdDelta, formatUsdDeltaFull, formatUsdShort } from '../../../../src/lib/charts/format';

describe('formatting', () => {
  it('writes dollars in full and short forms', () => {
    expect(formatUsd(94500)).toBe('$94,500');
    expect(formatUsd(94500.5)).toBe('$94,501');
    expect(formatUsd(-8000)).toBe('−$8,000');
    expect(formatUsdShort(165000)).toBe('$165K');
    expect(formatUsdShort(94500)).toBe('$94.5K');
    expect(formatUsdShort(131500)).toBe('$132K');
    expect(formatUsdShort(1200000)).toBe('$1.2M');
    expect(formatUsdShort(0)).toBe('$0');
    expect(formatUsdShort(-20000)).toBe('−$20K');
  });
  it('signs differences with a true minus sign', () => {
    expect(formatUsdDelta(20000)).toBe('+$20K');
    expect(formatUsdDeltaFull(-17171)).toBe('−$17,171');
    expect(formatUsdDeltaFull(0)).toBe('$0');
  });
  it('writes percentages and counts', () => {
    expect(formatPct(7, { signed: true })).toBe('+7%');
    expect(formatPct(23.7)).toBe('23.7%');
    expect(formatPct(22, { digits: 1 })).toBe('22.0%');
    expect(formatPct(-2.5)).toBe('−2.5%');
    expect(formatCount(70400)).toBe('70,400');
  });
});
