import { describe, expect, it } from 'vitest';
import { oewsStateFile } from '../../../../src/lib/data/oews-state';
import {
  NOT_PUBLISHED,
  occupationsInState,
  stateCountText,
  statesForOccupation,
  stateWageText,
  versusUs,
} from '../../../../src/lib/pay/state';

// Real rows of data/oews-state.csv: computer and information systems managers (11-3021) in four
// states, one with wages withheld (Montana, *) and one with employment withheld (New Hampshire, **).
const rows = oewsStateFile
  .load('data')
  .filter((r) => ['CA', 'TX', 'MT', 'NH'].includes(r.state_code) && ['11-3021', '13-1082'].includes(r.soc_code));
const usRow = { p10: 104450, p25: 134350, median: 171200, p75: 216220, p90: '#', mean: 187990, top_code: 239200, year: 2024 } as const;

describe('state pay', () => {
  it('lists every area for an occupation, highest median first, withheld last', () => {
    const states = statesForOccupation(rows, '11-3021');
    expect(states.map((s) => s.area.code)).toEqual(['CA', 'NH', 'TX', 'MT']);
    expect(states.map((s) => stateWageText(s.median))).toEqual(['$211,340', '$177,160', '$167,320', NOT_PUBLISHED]);
  });

  it('never turns a withheld figure into 0', () => {
    const [, newHampshire, , montana] = statesForOccupation(rows, '11-3021');
    expect(newHampshire!.employment).toBeUndefined();
    expect(newHampshire!.locationQuotient).toBeUndefined();
    expect(stateCountText(newHampshire!.employment)).toBe(NOT_PUBLISHED);
    expect(stateWageText(montana!.median)).toBe(NOT_PUBLISHED);
    expect(versusUs(montana!, usRow).text).toBe(NOT_PUBLISHED);
  });

  it('reads one area in the order asked, with top-coded cells as "at least"', () => {
    const texas = occupationsInState(rows, 'TX', ['13-1082', '11-3021', '15-1299']);
    expect(texas.map((s) => s.soc)).toEqual(['13-1082', '11-3021']);
    expect(stateWageText(texas[1]!.percentiles.p90)).toBe('at least $239,200');
  });

  it('compares a state median with the U.S. median of the same release', () => {
    const texas = occupationsInState(rows, 'TX', ['11-3021'])[0]!;
    expect(versusUs(texas, usRow)).toEqual({ difference: 167320 - 171200, text: '$3,880 below the U.S. median' });
    expect(versusUs(texas, undefined).text).toBe('no U.S. figure to compare');
  });
});
