/**
 * The 54 areas BLS publishes OEWS state estimates for: the 50 states, the District of Columbia,
 * Puerto Rico, Guam and the U.S. Virgin Islands, by FIPS code (BLS's AREA) and postal code
 * (PRIM_STATE). No imports: the importers (plain Node) and the site both read it.
 */
export interface UsArea {
  /** Two-digit FIPS code, as BLS writes AREA, e.g. "48". */
  fips: string;
  /** Postal code, as BLS writes PRIM_STATE, e.g. "TX". */
  code: string;
  name: string;
  /** The area's URL segment, e.g. "district-of-columbia". */
  slug: string;
  /** Drawn on the map of the United States (the 50 states and DC); the territories are in tables only. */
  onMap: boolean;
}

const AREAS: readonly [string, string, string][] = [
  ['01', 'AL', 'Alabama'], ['02', 'AK', 'Alaska'], ['04', 'AZ', 'Arizona'], ['05', 'AR', 'Arkansas'], ['06', 'CA', 'California'],
  ['08', 'CO', 'Colorado'], ['09', 'CT', 'Connecticut'], ['10', 'DE', 'Delaware'], ['11', 'DC', 'District of Columbia'],
  ['12', 'FL', 'Florida'], ['13', 'GA', 'Georgia'], ['15', 'HI', 'Hawaii'], ['16', 'ID', 'Idaho'], ['17', 'IL', 'Illinois'],
  ['18', 'IN', 'Indiana'], ['19', 'IA', 'Iowa'], ['20', 'KS', 'Kansas'], ['21', 'KY', 'Kentucky'], ['22', 'LA', 'Louisiana'],
  ['23', 'ME', 'Maine'], ['24', 'MD', 'Maryland'], ['25', 'MA', 'Massachusetts'], ['26', 'MI', 'Michigan'], ['27', 'MN', 'Minnesota'],
  ['28', 'MS', 'Mississippi'], ['29', 'MO', 'Missouri'], ['30', 'MT', 'Montana'], ['31', 'NE', 'Nebraska'], ['32', 'NV', 'Nevada'],
  ['33', 'NH', 'New Hampshire'], ['34', 'NJ', 'New Jersey'], ['35', 'NM', 'New Mexico'], ['36', 'NY', 'New York'],
  ['37', 'NC', 'North Carolina'], ['38', 'ND', 'North Dakota'], ['39', 'OH', 'Ohio'], ['40', 'OK', 'Oklahoma'], ['41', 'OR', 'Oregon'],
  ['42', 'PA', 'Pennsylvania'], ['44', 'RI', 'Rhode Island'], ['45', 'SC', 'South Carolina'], ['46', 'SD', 'South Dakota'],
  ['47', 'TN', 'Tennessee'], ['48', 'TX', 'Texas'], ['49', 'UT', 'Utah'], ['50', 'VT', 'Vermont'], ['51', 'VA', 'Virginia'],
  ['53', 'WA', 'Washington'], ['54', 'WV', 'West Virginia'], ['55', 'WI', 'Wisconsin'], ['56', 'WY', 'Wyoming'],
  ['66', 'GU', 'Guam'], ['72', 'PR', 'Puerto Rico'], ['78', 'VI', 'Virgin Islands'],
];

export const US_AREAS: readonly UsArea[] = AREAS.map(([fips, code, name]) => ({
  fips,
  code,
  name,
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  onMap: Number(fips) < 60,
}));

export const US_AREA_CODES = US_AREAS.map((a) => a.code);

export function areaByCode(code: string): UsArea | undefined {
  return US_AREAS.find((a) => a.code === code);
}
