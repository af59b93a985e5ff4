import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SOC_2018_YEAR, MODEL_BASED_YEARS, OEWS_CODES, OEWS_COLUMNS, oewsImporter, oewsUrl, TOP_CODE_ANNUAL } from '../../../../../src/lib/data/import/oews';
import { DATA, rowsOf, SOURCES, sourceRows } from './fixture';

const output = oewsImporter.run(SOURCES, DATA);
const rows = rowsOf(output['oews.csv']!);
const key = (r: Record<string, string>) => `${r['soc_code']} ${r['year']}`;

describe('OEWS importer on source fixtures', () => {
  it('writes data/oews.csv with the columns the site reads, and nothing else', () => {
    expect(Object.keys(output)).toEqual(['oews.csv']);
    expect(output['oews.csv']!.split('\n', 1)[0]).toBe(OEWS_COLUMNS.join(','));
    expect(output['oews.csv']!.endsWith('\n')).toBe(true);
  });

  it('starts at the first release coded wholly to SOC 2018, and notes why on that year and on model-based years', () => {
    const years = [...new Set(rows.map((r) => Number(r['year'])))];
    expect(Math.min(...years)).toBe(FIRST_SOC_2018_YEAR);
    expect(years).not.toContain(2020);
    expect(rows.filter((r) => r['note'] !== '').every((r) => r['year'] === String(FIRST_SOC_2018_YEAR) || MODEL_BASED_YEARS.includes(Number(r['year'])))).toBe(true);
  });

  it('keeps the asked-for and crosswalked occupations only, each code once a year', () => {
    const wanted = new Set([...OEWS_CODES, '15-2051', '13-1020', '13-1082', '15-1299']);
    expect(rows.every((r) => wanted.has(r['soc_code']!))).toBe(true);
    expect(rows.map((r) => r['soc_code'])).not.toContain('39-3021');
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    // 13-1020 is listed twice in the every-occupation file (broad and detailed) with equal values.
    expect(rows.filter((r) => r['soc_code'] === '13-1020').map((r) => r['occupation_level'])).toEqual(['broad']);
  });

  it('finds a crosswalked occupation in the newest every-occupation file only', () => {
    expect(rows.filter((r) => r['soc_code'] === '15-2051').map((r) => r['year'])).toEqual(['2025']);
  });

  it('copies each figure verbatim from the BLS row of that code and year, markers included', () => {
    const pairs = { employment: 'TOT_EMP', mean: 'A_MEAN', p10: 'A_PCT10', p25: 'A_PCT25', median: 'A_MEDIAN', p75: 'A_PCT75', p90: 'A_PCT90' };
    for (const row of rows) {
      const file =
        row['year'] === '2025' ? 'bls-oews-m2025/oews_national_M2025_all.csv' : `bls-oews/oews_national_M${row['year']}_selected.csv`;
      const source = sourceRows(file).find((s) => s['OCC_CODE'] === row['soc_code']);
      expect(source, key(row)).toBeDefined();
      for (const [ours, theirs] of Object.entries(pairs)) expect(row[ours], `${key(row)} ${ours}`).toBe(source![theirs]!.trim());
      expect(row['top_code']).toBe(row['year'] === '2025' ? '' : String(TOP_CODE_ANNUAL[Number(row['year'])]));
      expect(row['source_url']).toBe(oewsUrl(Number(row['year']), row['soc_code']!));
    }
    expect(rows.find((r) => key(r) === '11-3021 2024')?.['p90']).toBe('#');
  });

  it('sorts by occupation, then year', () => {
    expect(rows.map(key)).toEqual([...rows].sort((a, b) => a['soc_code']!.localeCompare(b['soc_code']!) || Number(a['year']) - Number(b['year'])).map(key));
  });

  it('links the all-occupations row to the national page and others to their occupation page', () => {
    expect(oewsUrl(2024, '00-0000')).toBe('https://www.bls.gov/oes/2024/may/oes_nat.htm');
    expect(oewsUrl(2024, '13-1082')).toBe('https://www.bls.gov/oes/2024/may/oes131082.htm');
  });

  it('stops on a release without a top-coding wage, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oews-'));
    try {
      cpSync(join(SOURCES, 'bls-oews'), join(dir, 'bls-oews'), { recursive: true });
      cpSync(join(SOURCES, 'bls-oews/oews_national_M2024_selected.csv'), join(dir, 'bls-oews/oews_national_M2031_selected.csv'));
      expect(() => oewsImporter.run(dir, DATA)).toThrow(/bls-oews\/oews_national_M2031_selected\.csv:1: A_PCT90: expected the release's top-coding wage .* got neither for 2031/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops when there is no release at all', () => {
    expect(() => oewsImporter.run('test/fixtures/sources/onet', DATA)).toThrow();
  });
});
