import { describe, expect, it } from 'vitest';
import { readChoice, writeChoice } from '../../../../src/lib/compare/picker-state';

const ids = ['coordinator', 'manager', 'director'];
const fallback = { a: 'manager', b: 'director' };

describe('compare picker state in the URL', () => {
  it('reads the pair a query names and writes it back the same way', () => {
    const choice = readChoice('?a=coordinator&b=director', ids, fallback);
    expect(choice).toEqual({ a: 'coordinator', b: 'director' });
    expect(readChoice(writeChoice(choice), ids, fallback)).toEqual(choice);
  });

  it('falls back for a missing or unknown role', () => {
    expect(readChoice('', ids, fallback)).toEqual(fallback);
    expect(readChoice('?a=astronaut&b=coordinator', ids, fallback)).toEqual({ a: 'manager', b: 'coordinator' });
  });

  it('never compares a role with itself', () => {
    expect(readChoice('?a=director&b=director', ids, fallback)).toEqual({ a: 'director', b: 'coordinator' });
  });
});
