import { describe, expect, it } from 'vitest';
import { crosswalkCodes } from '../../../../../src/lib/data/import/csv-io';
import { DATA } from './fixture';

describe('crosswalkCodes', () => {
  it("lists the crosswalk's SOC codes", () => {
    expect(crosswalkCodes(DATA)).toEqual(['13-1082', '15-1299', '15-2051', '13-1020']);
  });
  it('stops on a missing crosswalk instead of importing fewer occupations', () => {
    expect(() => crosswalkCodes('test/fixtures/sources')).toThrow('test/fixtures/sources/crosswalk.csv:1: expected the file to exist and be readable, got ENOENT');
  });
  it('stops on a malformed crosswalk, naming the line', () => {
    expect(() => crosswalkCodes(`${DATA}/unreadable`)).toThrow(/unreadable\/crosswalk\.csv:2: expected well-formed CSV/);
  });
  it('stops on a crosswalk without a soc_code column', () => {
    expect(() => crosswalkCodes(`${DATA}/no-soc-code`)).toThrow('no-soc-code/crosswalk.csv:1: soc_code: expected the column, got columns role, onet_code');
  });
});
