/** schema.org Occupation for a role page, its pay as a MonetaryAmountDistribution of BLS percentiles. */
import type { Role } from '../data/roles';
import type { OewsRow, Percentile } from '../data/oews';
import type { RoleOccupation } from './occupation';

const FIELDS: Readonly<Record<Percentile, string>> = {
  p10: 'percentile10',
  p25: 'percentile25',
  median: 'median',
  p75: 'percentile75',
  p90: 'percentile90',
};

/** Numeric percentiles only: a top-coded or missing one has no number to give, so it is left out. */
function distribution(row: OewsRow): Record<string, number> {
  return Object.fromEntries(
    (Object.keys(FIELDS) as Percentile[]).flatMap((p) => (typeof row[p] === 'number' ? [[FIELDS[p], row[p]]] : [])),
  );
}

export function occupationJsonLd(
  role: Pick<Role, 'title' | 'summary' | 'alsoCalled'>,
  occupation: RoleOccupation,
  url: string,
): Record<string, unknown> {
  const { latest, projection } = occupation;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    ...(role.alsoCalled.length > 0 ? { alternateName: role.alsoCalled } : {}),
    description: role.summary,
    url,
    occupationalCategory: {
      '@type': 'CategoryCode',
      codeValue: occupation.soc,
      name: occupation.name,
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'Standard Occupational Classification (SOC) 2018' },
    },
    occupationLocation: { '@type': 'Country', name: 'United States' },
    estimatedSalary: [
      {
        '@type': 'MonetaryAmountDistribution',
        name: `Annual wage, ${occupation.name}, ${latest.period} (whole occupation, all levels of seniority)`,
        currency: 'USD',
        duration: 'P1Y',
        ...distribution(latest),
      },
    ],
    ...(projection.entry_education ? { educationRequirements: projection.entry_education } : {}),
    ...(projection.work_experience
      ? { experienceRequirements: `Work experience in a related occupation: ${projection.work_experience}` }
      : {}),
    mainEntityOfPage: url,
    isBasedOn: [latest.source_url, projection.source_url],
  };
}
