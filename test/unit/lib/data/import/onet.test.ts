import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOnet, pairRatings, readTable } from '../../../../../src/lib/data/import/onet';

const fixtures = 'test/fixtures/onet';

describe('pairRatings', () => {
  it('stops on an occupation-element with no LV row, naming file, line and column', () => {
    expect(() => pairRatings(readTable(`${fixtures}/missing-scale`, 'onet/skills.csv'))).toThrow(
      'test/fixtures/onet/missing-scale/onet/skills.csv:4: Scale ID: expected both IM and LV rows for 11-1011.00 2.A.1.b, got no LV row',
    );
  });
  it('stops on a rating outside its scale', () => {
    expect(() => pairRatings(readTable(`${fixtures}/out-of-range`, 'onet/skills.csv'))).toThrow(
      'test/fixtures/onet/out-of-range/onet/skills.csv:3: Data Value: expected a LV rating from 0 to 7, got "7.5"',
    );
  });
  it('puts IM and LV side by side, as published', () => {
    const table = readTable(`${fixtures}/out-of-range`, 'onet/skills.csv');
    table.rows[1]!.row['Data Value'] = '4.62';
    expect(pairRatings(table)).toEqual([{ onet_code: '11-1011.00', element_id: '2.A.1.a', element_name: 'Reading Comprehension', importance: '4.12', level: '4.62', date: '08/2023' }]);
  });
});

// The shared sources sit outside the repository; without them there is nothing to re-import.
const sources = '../shared/sources';
describe.skipIf(!existsSync(`${sources}/onet`))('data/ against ../shared/sources', () => {
  it('reproduces every imported file byte for byte', { timeout: 60_000 }, () => {
    const files = importOnet(sources, readFileSync('data/crosswalk.csv', 'utf8'));
    for (const [name, text] of Object.entries(files)) expect(readFileSync(`data/${name}`, 'utf8'), name).toBe(text);
  });
});
