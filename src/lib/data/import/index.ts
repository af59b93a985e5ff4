/**
 * The importers `npm run data:import` runs, in order. An importer is pure: it reads files under
 * the sources folder and returns CSV text for data files; the runner writes them to data/.
 * To add one, write a module exporting an Importer and list it here.
 */
import { oewsImporter } from './oews.ts';
import { oewsIndustryImporter } from './oews-industry.ts';
import { oewsStateImporter } from './oews-state.ts';
import { onetImporter } from './onet.ts';
import { projectionsImporter } from './projections.ts';

export interface Importer {
  name: string;
  /** Data file name (e.g. `oews.csv`) to its full CSV text. `dataDir` is for reading the crosswalk. */
  run(sourcesDir: string, dataDir?: string): Record<string, string>;
}

export const importers: Importer[] = [oewsImporter, projectionsImporter, onetImporter, oewsStateImporter, oewsIndustryImporter];
