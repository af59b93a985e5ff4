/**
 * What the Data and sources page says about each data file: publisher, release, licence and the
 * publisher's page, and the schema.org Dataset JSON-LD built from the same words.
 */
import type { SiteData } from '../data/index';
import { decade } from '../data/projections';

export interface Licence {
  name: string;
  url: string;
}

export const LICENCES = {
  publicDomain: { name: 'Public domain (U.S. federal government work)', url: 'https://www.bls.gov/opub/copyright-information.htm' },
  ccBy: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  site: { name: "The site's own editorial data", url: '' },
} as const satisfies Record<string, Licence>;

/** O*NET's attribution, in the wording its licence page asks for. */
export const ONET_ATTRIBUTION =
  'This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

export interface CatalogEntry {
  /** The data file, e.g. `oews.csv`. */
  file: string;
  name: string;
  publisher: string;
  release: string;
  /** The reference period the figures describe. */
  period: string;
  licence: Licence;
  url: string;
  about: string;
}

export function catalog(data: SiteData): CatalogEntry[] {
  const years = [...new Set(data.oews.map((r) => r.year))].sort((a, b) => a - b);
  const ep = data.projections[0];
  return [
    {
      file: 'oews.csv',
      name: 'Occupational Employment and Wage Statistics (OEWS), national, cross-industry',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: `May ${years[0]} to May ${years[years.length - 1]} estimates`,
      period: years.map((y) => `May ${y}`).join(', '),
      licence: LICENCES.publicDomain,
      url: 'https://www.bls.gov/oes/tables.htm',
      about:
        'Employment, mean wage and the 10th, 25th, 50th, 75th and 90th percentile annual wages of each occupation a role maps to, of related occupations, and of all occupations.',
    },
    {
      file: 'projections.csv',
      name: 'Employment Projections, tables 1.2 and 1.10',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: ep ? `${decade(ep)} projections` : 'projections',
      period: ep ? `${ep.base_year} to ${ep.end_year}` : '',
      licence: LICENCES.publicDomain,
      url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
      about:
        'Employment in the base year and ten years on (in thousands, as BLS publishes it), change, openings a year, typical entry education, related work experience and on-the-job training.',
    },
    {
      file: 'crosswalk.csv',
      name: 'Role to occupation crosswalk',
      publisher: 'PM Pathways',
      release: 'maintained with the site',
      period: `applies to May ${data.oewsYear} figures`,
      licence: LICENCES.site,
      url: '',
      about:
        "For each role: the BLS occupation (SOC 2018 code) and O*NET-SOC profile behind it, why, what the occupation covers and excludes, and the site's placement of the role in its pay distribution.",
    },
    {
      file: 'roles.csv',
      name: 'Roles and ladders',
      publisher: 'PM Pathways',
      release: 'maintained with the site',
      period: '',
      licence: LICENCES.site,
      url: '',
      about:
        "The roles, their ladders and rungs, responsibilities, skills, certifications, moves, and the site's estimate of typical years of experience.",
    },
    {
      file: 'certifications.csv',
      name: 'PMI Earning Power salary surveys: certification and pay',
      publisher: 'Project Management Institute (PMI)',
      release: 'Earning Power, 9th to 14th editions',
      period: '2015 to 2025',
      licence: { name: "PMI's published figures, quoted with the source of each row", url: '' },
      url: '',
      about:
        "Self-reported practitioner surveys: PMP holders' median pay against non-holders', as PMI reports it (or, where only a news report could be read, as reported by that outlet).",
    },
    {
      file: 'certification-facts.csv',
      name: 'Certification facts',
      publisher: 'The awarding bodies (PMI, PeopleCert, Scrum Alliance, CompTIA, Cisco)',
      release: "as published on each awarding body's pages",
      period: '',
      licence: { name: 'Facts quoted with the source of each row', url: '' },
      url: '',
      about: 'Eligibility, exam and renewal facts for each certification the guides discuss, each row with its source.',
    },
    {
      file: 'experience.csv',
      name: 'PMI salary surveys by years of experience',
      publisher: 'Project Management Institute (PMI)',
      release: 'Earning Power 14th edition (2025); a PMI salary survey of about 2011',
      period: 'about 2011 and 2025',
      licence: { name: "PMI's published figures, quoted with the source of each row", url: '' },
      url: '',
      about: 'Self-reported median pay by years holding the PMP or years in project management, as reported by news outlets.',
    },
    {
      file: 'oews-state.csv',
      name: 'Occupational Employment and Wage Statistics (OEWS), state estimates',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: 'May 2024 state estimates',
      period: 'May 2024',
      licence: LICENCES.publicDomain,
      url: 'https://www.bls.gov/oes/tables.htm',
      about:
        'Employment, jobs per 1,000, location quotient, mean and the 10th to 90th percentile annual wages of the role occupations in the 50 states, the District of Columbia, Puerto Rico, Guam and the U.S. Virgin Islands.',
    },
    {
      file: 'oews-industry.csv',
      name: 'Occupational Employment and Wage Statistics (OEWS), national industry-specific estimates',
      publisher: 'U.S. Bureau of Labor Statistics',
      release: 'May 2024 national industry-specific estimates',
      period: 'May 2024',
      licence: LICENCES.publicDomain,
      url: 'https://www.bls.gov/oes/2024/may/oessrci.htm',
      about:
        'Employment and mean annual wage of the role occupations in each NAICS sector and three-digit industry (this file holds no medians).',
    },
  ];
}

/** schema.org Dataset for each entry, with its CSV and JSON downloads. */
export function datasetJsonLd(
  entries: readonly CatalogEntry[],
  origin: string,
  fileUrl: (file: string) => string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': entries.map((e) => ({
      '@type': 'Dataset',
      name: e.name,
      description: `${e.about} Release: ${e.release}.`,
      creator: { '@type': 'Organization', name: e.publisher },
      ...(e.period ? { temporalCoverage: e.period } : {}),
      spatialCoverage: { '@type': 'Country', name: 'United States' },
      ...(e.licence.url ? { license: e.licence.url } : {}),
      ...(e.url ? { isBasedOn: e.url } : {}),
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL(fileUrl(e.file), origin).href },
        {
          '@type': 'DataDownload',
          encodingFormat: 'application/json',
          contentUrl: new URL(fileUrl(e.file.replace(/\.csv$/, '.json')), origin).href,
        },
      ],
    })),
  };
}
