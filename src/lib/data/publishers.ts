/**
 * Every publisher address the site cites and `npm run data:fetch` downloads from, in one place:
 * the Data and sources page, the importers' `source_url` cells and the fetch all read them here,
 * so the file a reader is pointed to is the file the data came from. Plain Node runs the importers
 * and the fetch, so this module imports nothing.
 */

/** The publishers' index pages for each dataset, as the Data and sources page links them. */
export const PUBLISHER_PAGES = {
  oews: 'https://www.bls.gov/oes/tables.htm',
  projections: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
  onet: 'https://www.onetcenter.org/database.html',
} as const;

/** The files themselves: OEWS national estimates by May release, EP's occupation tables, O*NET releases. */
export const PUBLISHER_FILES = {
  oewsNational: (year: number) => `https://www.bls.gov/oes/special-requests/oesm${String(year % 100).padStart(2, '0')}nat.zip`,
  oewsState: (year: number) => `https://www.bls.gov/oes/special-requests/oesm${String(year % 100).padStart(2, '0')}st.zip`,
  oewsIndustry: (year: number) => `https://www.bls.gov/oes/special-requests/oesm${String(year % 100).padStart(2, '0')}in4.zip`,
  projections: 'https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx',
  onet290: 'https://www.onetcenter.org/dl_files/database/db_29_0_excel.zip',
  onet292: 'https://www.onetcenter.org/dl_files/database/db_29_2_text.zip',
} as const;

/** Where `npm run data:fetch` keeps what it downloads (git-ignored), laid out as the importers read it. */
export const SOURCES_CACHE_DIR = '.cache/sources';
