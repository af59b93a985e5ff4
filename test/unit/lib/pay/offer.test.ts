import { describe, expect, it } from 'vitest';
import { offerSentence, ordinal, placeOffer, type Distribution } from '../../../../src/lib/pay/offer';

// Texas, project management specialists, OEWS May 2024.
const texas: Distribution = { cells: [54920, 71820, 93880, 122660, 154460], topCode: 239200 };

describe('placeOffer', () => {
  it('interpolates linearly between the two published percentiles around the offer', () => {
    const placed = placeOffer(108270, texas);
    // 50 + (108270 - 93880) / (122660 - 93880) * 25 = 62.5, rounded.
    expect(placed).toEqual({
      kind: 'between',
      lower: { percentile: 50, value: 93880 },
      upper: { percentile: 75, value: 122660 },
      estimate: 63,
    });
    expect(offerSentence(108270, placed, 'Texas')).toBe(
      "$108,270 is between the 50th and 75th percentile in Texas: about the 63rd percentile, reading a straight line between BLS's published $93,880 and $122,660.",
    );
  });

  it('names an offer equal to a published figure', () => {
    expect(offerSentence(93880, placeOffer(93880, texas), 'Texas')).toBe('$93,880 is the median (50th percentile) in Texas.');
  });

  it('says below the 10th and above the 90th percentile as such, without inventing a percentile', () => {
    expect(placeOffer(40000, texas)).toEqual({ kind: 'below', lowest: { percentile: 10, value: 54920 } });
    expect(offerSentence(40000, placeOffer(40000, texas), 'Texas')).toContain('below the 10th percentile in Texas ($54,920)');
    expect(placeOffer(200000, texas)).toEqual({ kind: 'above', highest: { percentile: 90, value: 154460 }, cap: undefined });
    expect(offerSentence(200000, placeOffer(200000, texas), 'Texas')).toContain('above the 90th percentile in Texas ($154,460)');
  });

  it('handles a top-coded 90th percentile: below the cap it is only "between", at or above it "above"', () => {
    const capped: Distribution = { cells: [100260, 132290, 170560, 214450, '#'], topCode: 239200 };
    expect(placeOffer(230000, capped)).toEqual({
      kind: 'between',
      lower: { percentile: 75, value: 214450 },
      upper: { percentile: 90, value: 239200 },
      estimate: undefined,
    });
    expect(offerSentence(230000, placeOffer(230000, capped), 'New Hampshire')).toContain(
      '"at least $239,200", so there is no closer estimate',
    );
    expect(placeOffer(250000, capped)).toMatchObject({ kind: 'above', cap: 239200 });
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
