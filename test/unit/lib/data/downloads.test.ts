import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/data/downloads';
import { loadCertifications } from '../../../../src/lib/data/certifications';
import { loadExperience } from '../../../../src/lib/data/experience';
import { loadOutlook } from '../../../../src/lib/data/outlook';

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
    const rows = loadCertifications();
    const us = rows.find((r) => r.id === 'pmi-earning-power-14-us');
    expect(us).toMatchObject({ with_cert: 135000, without_cert: 109157, premium_pct: 23.7 });
    for (const row of rows) expect(Boolean(row.derived)).toBe(row.with_cert !== undefined);
  });
  it('outlook: the BLS projections the guides quote', () => {
    const rows = new Map(loadOutlook().map((r) => [r.id, r]));
    expect(rows.get('bls-13-1082-2021-31')).toMatchObject({ employment: 781400, growth_pct: 7, change: 56300, openings_per_year: 70400 });
    expect(rows.get('bls-11-3021-2022-32')).toMatchObject({ employment: 557400, growth_pct: 15, change: 86000, openings_per_year: 46900 });
    const next = rows.get('careeronestop-13-1082-2023-33')!;
    expect(next.change).toBe(next.projected_employment! - next.employment!);
  });
  it('experience: the PMI and PayScale bands', () => {
    const rows = new Map(loadExperience().map((r) => [r.id, r.pay]));
    expect([rows.get('pmi-14-us-pmp-under-5'), rows.get('pmi-14-us-pmp-over-10'), rows.get('payscale-tpm-under-1')]).toEqual([123000, 173000, 68000]);
  });
});
