import { readFileSync } from 'node:fs';
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

const HEADER = readFileSync('test/fixtures/data/good/oews-state.csv', 'utf8').split('\n')[0]!;
const cite =
  'annual wages,OEWS May 2024 state estimates,"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024",https://www.bls.gov/oes/2024/may/oes_xx.htm,government,,';
const rows = oewsStateFile.parse(
  [
    HEADER,
    `48,TX,Texas,13-1082,Project Management Specialists,2024,May 2024,116240,8.94,1.29,101240,54920,71820,93880,122660,154460,239200,${cite}`,
    `06,CA,California,13-1082,Project Management Specialists,2024,May 2024,130000,7.1,1.1,130000,70000,90000,120000,150000,190000,239200,${cite}`,
    `30,MT,Montana,13-1082,Project Management Specialists,2024,May 2024,**,**,**,*,*,*,*,*,*,239200,${cite}`,
    `01,AL,Alabama,13-1082,Project Management Specialists,2024,May 2024,15000,7.5,1.1,100000,60000,75000,97840,120000,150000,239200,${cite}`,
    `48,TX,Texas,15-1299,"Computer Occupations, All Other",2024,May 2024,30000,2.3,0.9,120000,60000,80000,110000,140000,#,239200,${cite}`,
    '',
  ].join('\n'),
);

describe('state pay', () => {
  it('lists every area for an occupation, highest median first, withheld last', () => {
    expect(statesForOccupation(rows, '13-1082').map((s) => s.area.code)).toEqual(['CA', 'AL', 'TX', 'MT']);
  });

  it('never turns a withheld figure into 0', () => {
    const montana = statesForOccupation(rows, '13-1082').at(-1)!;
    expect(montana.employment).toBeUndefined();
    expect(montana.locationQuotient).toBeUndefined();
    expect(stateWageText(montana.median)).toBe(NOT_PUBLISHED);
    expect(stateCountText(montana.employment)).toBe(NOT_PUBLISHED);
    expect(versusUs(montana, { p10: 1, p25: 2, median: 100750, p75: 4, p90: 5, mean: 6, top_code: 239200, year: 2024 }).text).toBe(
      NOT_PUBLISHED,
    );
  });

  it('reads one area in the order asked, with top-coded cells as "at least"', () => {
    const texas = occupationsInState(rows, 'TX', ['15-1299', '13-1082', '11-3021']);
    expect(texas.map((s) => s.soc)).toEqual(['15-1299', '13-1082']);
    expect(stateWageText(texas[0]!.percentiles.p90)).toBe('at least $239,200');
  });

  it('compares a state median with the U.S. median of the same release', () => {
    const texas = occupationsInState(rows, 'TX', ['13-1082'])[0]!;
    const us = { p10: 1, p25: 2, median: 100750, p75: 4, p90: 5, mean: 6, top_code: 239200, year: 2024 } as const;
    expect(versusUs(texas, us)).toEqual({ difference: -6870, text: '$6,870 below the U.S. median' });
    expect(versusUs(texas, undefined).text).toBe('no U.S. figure to compare');
  });
});
