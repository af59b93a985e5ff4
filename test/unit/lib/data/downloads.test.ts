import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { datasets, otherDataFiles, toCsv, toJson } from '../../../../src/lib/data/downloads';
import { loadSiteData } from '../../../../src/lib/data/index';
import { certificationsFile } from '../../../../src/lib/data/certifications';
import { experienceFile } from '../../../../src/lib/data/experience';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
    const csv = toCsv({
      columns: ['id', 'label', 'pay', 'note'],
      rows: [{ id: 'a', label: 'Specialists, all', pay: 94500, note: 'Said "hi"\nthen left' }, { id: 'b', label: '<script>alert(1)</script>', pay: undefined }],
    });
    expect(csv).toBe('id,label,pay,note\na,"Specialists, all",94500,"Said ""hi""\nthen left"\nb,<script>alert(1)</script>,,\n');
    const back = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(back[0]).toEqual({ id: 'a', label: 'Specialists, all', pay: '94500', note: 'Said "hi"\nthen left' });
  });
});

describe('the real data files', () => {
  it('certifications: every derived premium matches its pair, every other one is reported', () => {
    const rows = certificationsFile.load('data');
    const us = rows.find((r) => r.id === 'pmi-earning-power-14-us');
    expect(us).toMatchObject({ with_cert: 135000, without_cert: 109157, premium_pct: 23.7 });
    for (const row of rows) expect(Boolean(row.derived)).toBe(row.with_cert !== undefined);
  });
  it('projections: BLS 2024-34 for project management specialists, in thousands as published', () => {
    const row = loadSiteData().projectionsBySoc.get('13-1082');
    expect(row).toMatchObject({ base_year: 2024, end_year: 2034, employment_base_thousands: 1046.3, change_pct: 5.6, openings_per_year_thousands: 78.2 });
  });
  it('experience: PMI bands only', () => {
    const rows = experienceFile.load('data');
    expect(rows.every((r) => r.source_kind === 'practitioner-survey')).toBe(true);
    const byId = new Map(rows.map((r) => [r.id, r.pay]));
    expect([byId.get('pmi-14-us-pmp-under-5'), byId.get('pmi-14-us-pmp-over-10')]).toEqual([123000, 173000]);
  });
});

describe('downloads', () => {
  it('offers every data file as CSV and JSON with the same rows', () => {
    const files = datasets(loadSiteData()).filter((d) => d.source);
    expect(files.map((d) => d.file).sort()).toEqual(['certification-facts.csv', 'certification-reports.csv', 'certifications.csv', 'crosswalk.csv', 'experience.csv', 'oews.csv', 'projections.csv', 'roles.csv']);
    // Every other file in data/ is offered as it is.
    const others = otherDataFiles(loadSiteData(), files).map((d) => d.file);
    expect([...files.map((d) => d.file), ...others].sort()).toEqual(readdirSync('data').filter((f) => f.endsWith('.csv')).sort());
    for (const d of files) {
      const json = JSON.parse(toJson(d)) as Record<string, unknown>[];
      const csv = Papa.parse<Record<string, string>>(toCsv(d), { header: true, skipEmptyLines: true }).data;
      expect(json).toHaveLength(csv.length);
      expect(Object.keys(json[0]!)).toEqual([...d.columns]);
    }
  });
  it('keeps BLS markers in the OEWS download', () => {
    const oews = datasets(loadSiteData()).find((d) => d.file === 'oews.csv')!;
    expect(oews.rows.some((r) => r['p90'] === '#')).toBe(true);
  });
});
