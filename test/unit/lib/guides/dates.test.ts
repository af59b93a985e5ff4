import { describe, expect, it } from 'vitest';
import { isoDate, longDate } from '../../../../src/lib/guides/dates';

describe('guide dates', () => {
  it('reads as day, month name and year, in UTC whatever the machine time zone', () => {
    expect(longDate(new Date('2026-11-25T00:00:00Z'))).toBe('25 November 2026');
    expect(longDate(new Date('2027-01-01T00:00:00Z'))).toBe('1 January 2027');
  });
  it('gives the ISO date for machines', () => {
    expect(isoDate(new Date('2026-02-03T00:00:00Z'))).toBe('2026-02-03');
  });
});
