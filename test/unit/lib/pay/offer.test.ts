import { describe, expect, it } from 'vitest';
import { offerSentence, ordinal, parseOffer, placeOffer, type Distribution } from '../../../../src/lib/pay/offer';

// Texas, project management specialists, OEWS May 2024 (data/oews-state.csv).
const texas: Distribution = { cells: [52110, 67900, 93880, 126180, 160160], topCode: 239200 };
// California, computer and information systems managers: 75th and 90th percentiles top-coded.
const california: Distribution = { cells: [127220, 165060, 211340, '#', '#'], topCode: 239200 };

describe('placeOffer', () => {
  it('interpolates linearly between the two published percentiles around the offer', () => {
    const placed = placeOffer(110030, texas);
    // Halfway between the median and the 75th percentile: 50 + 0.5 * 25 = 62.5, rounded.
    expect(placed).toEqual({
      kind: 'between',
      lower: { percentile: 50, value: 93880 },
      upper: { percentile: 75, value: 126180 },
      estimate: 63,
    });
    expect(offerSentence(110030, placed, 'Texas')).toBe(
      "$110,030 is between the 50th and 75th percentile in Texas: about the 63rd percentile, reading a straight line between BLS's published $93,880 and $126,180.",
    );
  });

  it('names an offer equal to a published figure', () => {
    expect(offerSentence(93880, placeOffer(93880, texas), 'Texas')).toBe('$93,880 is the median (50th percentile) in Texas.');
  });

  it('says below the 10th and above the 90th percentile as such, without inventing a percentile', () => {
    expect(placeOffer(40000, texas)).toEqual({ kind: 'below', lowest: { percentile: 10, value: 52110 } });
    expect(offerSentence(40000, placeOffer(40000, texas), 'Texas')).toContain('below the 10th percentile in Texas ($52,110)');
    expect(placeOffer(200000, texas)).toEqual({ kind: 'above', highest: { percentile: 90, value: 160160 }, cap: undefined });
    expect(offerSentence(200000, placeOffer(200000, texas), 'Texas')).toContain('above the 90th percentile in Texas ($160,160)');
  });

  it('handles top-coded percentiles: below the cap it is only "between", at or above it "above"', () => {
    expect(placeOffer(230000, california)).toEqual({
      kind: 'between',
      lower: { percentile: 50, value: 211340 },
      upper: { percentile: 75, value: 239200 },
      estimate: undefined,
    });
    expect(offerSentence(230000, placeOffer(230000, california), 'California')).toBe(
      '$230,000 is between the 50th and 75th percentile in California: BLS publishes the 75th percentile only as "at least $239,200", so there is no closer estimate.',
    );
    expect(placeOffer(250000, california)).toEqual({ kind: 'above', highest: { percentile: 50, value: 211340 }, cap: 239200 });
    expect(offerSentence(250000, placeOffer(250000, california), 'California')).toContain('at or above $239,200');
  });

  it('skips withheld percentiles and says when nothing is published', () => {
    const gap: Distribution = { cells: [50000, '*', 90000, 110000, 130000], topCode: 239200 };
    expect(placeOffer(70000, gap)).toMatchObject({ kind: 'between', lower: { percentile: 10 }, upper: { percentile: 50 }, estimate: 30 });
    const none: Distribution = { cells: ['*', '*', '*', '*', '*'], topCode: 239200 };
    expect(placeOffer(70000, none)).toEqual({ kind: 'none' });
    expect(offerSentence(70000, placeOffer(70000, none), 'Montana')).toBe(
      'BLS publishes no wage figures for this occupation in Montana, so $70,000 cannot be placed.',
    );
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [62, '62nd'],
    [50, '50th'],
  ])('%i -> %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('parseOffer', () => {
  it.each([
    ['95000', 95000],
    ['$95,000', 95000],
    [' 95k ', 95000],
    ['$102.5K', 102500],
    ['0', undefined],
    ['ninety', undefined],
    ['', undefined],
  ])('%j -> %s', (text, value) => {
    expect(parseOffer(text)).toBe(value);
  });
});
