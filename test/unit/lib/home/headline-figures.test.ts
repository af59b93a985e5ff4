import { describe, expect, it } from 'vitest';
import { headlineOccupations, type HeadlineInput } from '../../../../src/lib/home/headline-figures';

const oews = (soc_code: string, year: number, median: number | '#' | '*') => ({
  soc_code,
  occupation: `Occupation ${soc_code}`,
  year,
  period: `May ${year}`,
  median,
  release: `OEWS May ${year}`,
  source_url: `https://www.bls.gov/oes/${year}/`,
});

const input: HeadlineInput = {
  roles: [
    { id: 'coordinator', title: 'Coordinator', level: 1 },
    { id: 'manager', title: 'Manager', level: 2 },
    { id: 'director', title: 'Director', level: 4 },
  ],
  crosswalk: [
    { role: 'coordinator', soc_code: '13-1082' },
    { role: 'manager', soc_code: '13-1082' },
    { role: 'director', soc_code: '11-3021' },
  ],
  oews: [oews('13-1082', 2021, 94500), oews('13-1082', 2024, 100750), oews('11-3021', 2024, '#')],
  projections: [
    {
      soc_code: '13-1082',
      base_year: 2024,
      end_year: 2034,
      change_pct: 6.2,
      openings_per_year_thousands: 78.2,
      release: 'EP 2024-34',
      source_url: 'https://www.bls.gov/emp/',
    },
  ],
};

describe('headlineOccupations', () => {
  const found = headlineOccupations(input);

  it('gives each occupation its newest median and its projection, with the roles it covers', () => {
    expect(found[0]).toMatchObject({
      soc: '13-1082',
      roles: [{ id: 'coordinator' }, { id: 'manager' }],
      median: 100750,
      period: 'May 2024',
      growthPct: 6.2,
      projection: { base: 2024, end: 2034 },
      openingsPerYear: 78200,
    });
  });

  it('orders occupations from the lowest rung up, and equals in the order their roles are listed', () => {
    expect(found.map((o) => o.soc)).toEqual(['13-1082', '11-3021']);
    const tied = headlineOccupations({
      ...input,
      roles: [{ id: 'director', title: 'Director', level: 1 }, ...input.roles.slice(0, 2)],
    });
    expect(tied.map((o) => o.soc)).toEqual(['11-3021', '13-1082']);
  });

  it('gives no median where BLS publishes only a marker, and no projection where there is none', () => {
    expect(found[1]).toMatchObject({ median: undefined, growthPct: undefined, projection: undefined });
  });
});
