import { describe, expect, it } from 'vitest';
import { oewsIndustryFile } from '../../../../src/lib/data/oews-industry';
import { industryFor, industryView } from '../../../../src/lib/pay/industry';

const HEADER =
  'naics,industry,industry_level,ownership,soc_code,occupation,year,period,region,employment,mean,statistic,release,source,source_url,source_kind,derived,note';
const cite =
  'employment and mean,OEWS May 2024 national industry-specific estimates,"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024",https://www.bls.gov/oes/2024/may/oessrci.htm,government,,';
const row = (naics: string, level: string, employment: string, mean: string) =>
  `${naics},Industry ${naics},${level},5,15-1299,"Computer Occupations, All Other",2024,May 2024,United States,${employment},${mean},${cite}`;
const rows = oewsIndustryFile.parse(
  [
    HEADER,
    row('541000', '3-digit', '130160', '116260'),
    row('519000', '3-digit', '3850', '210590'),
    row('211000', '3-digit', '610', '151130'),
    row('513000', '3-digit', '11660', '139670'),
    row('113000', '3-digit', '**', '*'),
    row('54', 'sector', '130160', '116260'),
    '',
  ].join('\n'),
);

describe('industry pay', () => {
  it('ranks three-digit industries by employment and by mean, leaving out withheld figures', () => {
    const view = industryView(rows, '15-1299', { top: 3 });
    expect(view.byEmployment.map((r) => r.naics)).toEqual(['541000', '513000', '519000']);
    // 211000 pays a high mean over 610 jobs, under the 1,000-job threshold, so it is not listed.
    expect(view.byMean.map((r) => [r.naics, r.mean])).toEqual([
      ['519000', 210590],
      ['513000', 139670],
      ['541000', 116260],
    ]);
  });

  it('reads sectors apart from three-digit industries, and one industry by code', () => {
    expect(industryView(rows, '15-1299', { level: 'sector' }).byEmployment.map((r) => r.naics)).toEqual(['54']);
    expect(industryFor(rows, '15-1299', '519000')).toMatchObject({ mean: 210590, employment: 3850 });
    expect(industryFor(rows, '15-1299', '113000')).toMatchObject({ mean: undefined, employment: undefined });
  });
});
