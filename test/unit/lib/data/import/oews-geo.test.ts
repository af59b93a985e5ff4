import Papa from 'papaparse';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oewsIndustryImporter } from '../../../../../src/lib/data/import/oews-industry';
import { oewsStateImporter, stateUrl } from '../../../../../src/lib/data/import/oews-state';
import { oewsIndustryFile } from '../../../../../src/lib/data/oews-industry';
import { oewsStateFile } from '../../../../../src/lib/data/oews-state';

// Rows exactly as BLS's state and industry files write them (header names, markers, CRLF).
const STATE_HEADER = 'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY';
// Verbatim rows of bls-oews-state/oews_state_M2024_selected.csv.
const STATE_ROWS = [
  '48,Texas,2,TX,000000,Cross-industry,cross-industry,1235,13-1082,Project Management Specialists,detailed,116240,1.9,8.394,1.29,,,47.99,99820,0.7,25.05,32.64,45.13,60.67,77,52110,67900,93880,126180,160160,,',
  '30,Montana,2,MT,000000,Cross-industry,cross-industry,1235,11-3021,Computer and Information Systems Managers,detailed,1250,16.6,2.459,0.59,,,*,*,*,*,*,*,*,*,*,*,*,*,*,,',
  '33,New Hampshire,2,NH,000000,Cross-industry,cross-industry,1235,11-3021,Computer and Information Systems Managers,detailed,**,**,**,**,,,87.56,182130,1.6,53.8,68.22,85.17,98.07,112.54,111910,141900,177160,203990,234070,,',
  '06,California,2,CA,000000,Cross-industry,cross-industry,1235,15-1252,Software Developers,detailed,292630,1.7,16.205,1.51,,,89.3,185750,1.3,49.98,64.82,82.17,102.06,#,103950,134820,170910,212280,#,,',
];
const INDUSTRY_HEADER = 'NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN';
const SECTOR_ROWS = ['54,"Professional, Scientific, and Technical Services",sector,5,15-1299,"Computer Occupations, All Other",detailed,130160,116260'];
const THREE_DIGIT_ROWS = [
  '519000,"Web Search Portals, Libraries, Archives, and Other Information Services",3-digit,5,15-1299,"Computer Occupations, All Other",detailed,3850,210590',
  '113000,Forestry and Logging,3-digit,5,15-1299,"Computer Occupations, All Other",detailed,**,*',
];

const dir = mkdtempSync(join(tmpdir(), 'pmp-geo-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'bls-oews-state'));
mkdirSync(join(dir, 'bls-oews-industry'));
writeFileSync(join(dir, 'bls-oews-state/oews_state_M2024_selected.csv'), [STATE_HEADER, ...STATE_ROWS, ''].join('\r\n'));
writeFileSync(join(dir, 'bls-oews-industry/oews_industry_natsector_m2024_selected.csv'), [INDUSTRY_HEADER, ...SECTOR_ROWS, ''].join('\r\n'));
writeFileSync(join(dir, 'bls-oews-industry/oews_industry_nat3d_m2024_selected.csv'), [INDUSTRY_HEADER, ...THREE_DIGIT_ROWS, ''].join('\r\n'));

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe('the state importer', () => {
  const text = oewsStateImporter.run(dir)['oews-state.csv']!;
  const rows = parse(text);

  it('copies each cell and marker as BLS wrote it, sorted by occupation then area, and cites the state page', () => {
    expect(rows.map((r) => `${r['soc_code']} ${r['state_code']}`)).toEqual(['11-3021 MT', '11-3021 NH', '13-1082 TX', '15-1252 CA']);
    expect(rows[2]).toMatchObject({ area_code: '48', region: 'Texas', employment: '116240', jobs_per_1000: '8.394', location_quotient: '1.29', median: '93880', p90: '160160', year: '2024', period: 'May 2024', source_url: 'https://www.bls.gov/oes/2024/may/oes_tx.htm' });
    expect(rows[0]).toMatchObject({ median: '*', mean: '*', employment: '1250' });
    expect(rows[1]).toMatchObject({ employment: '**', location_quotient: '**', p90: '234070', top_code: '239200' });
    expect(rows[3]).toMatchObject({ p75: '212280', p90: '#' });
    expect(rows.every((r) => r['source'] === 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024')).toBe(true);
    expect(stateUrl(2024, 'DC')).toBe('https://www.bls.gov/oes/2024/may/oes_dc.htm');
  });

  it('writes a file the site accepts', () => {
    expect(oewsStateFile.parse(text)).toHaveLength(4);
  });
});

describe('the industry importer', () => {
  const text = oewsIndustryImporter.run(dir)['oews-industry.csv']!;
  const rows = parse(text);

  it('copies sectors then three-digit industries with employment and mean only, markers kept', () => {
    expect(rows.map((r) => r['naics'])).toEqual(['54', '519000', '113000']);
    expect(rows[1]).toMatchObject({ industry_level: '3-digit', ownership: '5', soc_code: '15-1299', employment: '3850', mean: '210590', region: 'United States' });
    expect(rows[2]).toMatchObject({ employment: '**', mean: '*' });
    expect(Object.keys(rows[0]!)).not.toContain('median');
    expect(rows[0]!['source_url']).toBe('https://www.bls.gov/oes/2024/may/oessrci.htm');
  });

  it('writes a file the site accepts', () => {
    expect(oewsIndustryFile.parse(text)).toHaveLength(3);
  });
});
