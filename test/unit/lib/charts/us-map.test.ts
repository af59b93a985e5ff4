import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdShort } from '../../../../src/lib/charts/format';
import { MAP_HEIGHT, MAP_WIDTH, choropleth, stateShapes } from '../../../../src/lib/charts/us-map';
import { US_AREAS } from '../../../../src/lib/data/states';

const onMap = new Set(US_AREAS.filter((a) => a.onMap).map((a) => a.fips));
const options = { format: formatUsdShort, formatTitle: formatUsd, missing: 'not published for this state' };

describe('stateShapes', () => {
  const shapes = stateShapes(onMap);

  it('draws the 50 states and DC, and no territory', () => {
    expect(shapes).toHaveLength(51);
    expect(shapes.map((s) => s.fips)).toContain('11');
    expect(shapes.find((s) => s.fips === '11')?.name).toBe('District of Columbia');
    expect(stateShapes(new Set(['72', '66', '78']))).toEqual([]);
  });

  it('keeps every shape inside the drawing box, Alaska and Hawaii inset', () => {
    for (const shape of shapes) {
      expect(shape.d).toMatch(/^M\d+,\d+/);
      // Absolute starts of each ring lie inside the box.
      for (const m of shape.d.matchAll(/M(-?\d+),(-?\d+)/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(0);
        expect(Number(m[1])).toBeLessThanOrEqual(MAP_WIDTH);
        expect(Number(m[2])).toBeGreaterThanOrEqual(0);
        expect(Number(m[2])).toBeLessThanOrEqual(MAP_HEIGHT);
      }
    }
    const start = (fips: string) => Number(/^M(\d+)/.exec(shapes.find((s) => s.fips === fips)!.d)![1]);
    // Alaska and Hawaii sit bottom left, Maine far right.
    expect(start('02')).toBeLessThan(300);
    expect(start('15')).toBeLessThan(400);
    expect(start('23')).toBeGreaterThan(850);
  });

  it('stays small: all 51 paths under 10 KB gzipped', () => {
    const bytes = gzipSync(shapes.map((s) => `<path d="${s.d}"/>`).join('')).length;
    expect(bytes).toBeLessThan(10 * 1024);
  });
});

describe('choropleth', () => {
  it('puts each state in a bin by its value, with nice edges and one label per bin', () => {
    const map = choropleth(
      new Map([
        ['48', 93880],
        ['06', 130000],
        ['01', 97840],
        ['30', undefined],
      ]),
      options,
    );
    expect(map.areas).toHaveLength(4);
    expect(map.bins[0]!.from).toBeLessThanOrEqual(93880);
    expect(map.bins.at(-1)!.to).toBeGreaterThanOrEqual(130000);
    const bin = (fips: string) => map.areas.find((a) => a.fips === fips)!.bin;
    expect(bin('48')).toBe(0);
    expect(bin('06')).toBe(map.bins.length - 1);
    expect(bin('01')).toBeLessThanOrEqual(bin('06')!);
    expect(map.areas.find((a) => a.fips === '30')).toMatchObject({ bin: undefined, title: 'Montana: not published for this state' });
    expect(map.areas.find((a) => a.fips === '48')?.title).toBe('Texas: $93,880');
    expect(map.hasMissing).toBe(true);
    expect(map.bins[0]!.label).toMatch(/^\$\d+(\.\d+)?K–\$\d+(\.\d+)?K$/);
  });

  it('refuses a map with nothing published', () => {
    expect(() => choropleth(new Map([['48', undefined]]), options)).toThrow(/at least one published value/);
  });
});
