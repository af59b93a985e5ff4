/**
 * What the Data and sources page says about each data file: publisher, release, licence and the
 * publisher's page, and the schema.org Dataset JSON-LD built from the same words.
 */
import type { DataFileDescription } from '../data/define';
import type { SiteData } from '../data/index';
import { DATA_FILE_KEYS, dataFile } from '../data/registry';

/** O*NET's attribution, in the wording its licence page asks for. */
export const ONET_ATTRIBUTION =
  'This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

export interface CatalogEntry extends DataFileDescription {
  /** The data file, e.g. `oews.csv`. */
  file: string;
}

/** Every registered data file that describes itself, in the registry's order. */
export function catalog(data: SiteData): CatalogEntry[] {
  return DATA_FILE_KEYS.map(dataFile).flatMap((f) => (f.describe ? [{ file: f.name, ...f.describe(data) }] : []));
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
