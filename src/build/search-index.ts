/**
 * The search index, built by `npm run build` once `astro build` has exited:
 *
 *   node src/build/search-index.ts [dir]     # dir defaults to dist
 *
 * It runs after Astro rather than in its `astro:build:done` hook because the two together do not
 * fit: at that hook Astro's process still holds about 1 GB over a 1,000-guide site (367 MB of it
 * the bundler's allocator keeping what bundling used), and Pagefind needs about 0.7 GB to build
 * the index of 7,000 pages, so together they took the build to 1.7 GB. One after the other, the
 * build's peak is the larger of the two (docs/performance.md). A failed or empty index still
 * fails the build, so no build ships without search.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/** The part of Pagefind's Node API the step uses; tests pass their own. */
export type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

/** Indexes every page in `outDir` into `outDir/pagefind`; returns the number of pages indexed. */
export async function indexSite(outDir: string, { createIndex, close }: PagefindApi = pagefindApi): Promise<number> {
  try {
    const { index, errors: createErrors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
    const { page_count, errors: addErrors } = await index.addDirectory({ path: outDir });
    if (addErrors.length > 0) throw new Error(`Pagefind failed to index ${outDir}: ${addErrors.join('; ')}`);
    if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
    const outputPath = join(outDir, 'pagefind');
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
    // The search page loads these two; a build without them would ship a search that cannot work.
    for (const file of ['pagefind.js', 'pagefind-entry.json']) {
      if (!existsSync(join(outputPath, file))) throw new Error(`Pagefind reported success but wrote no ${file} in ${outputPath}`);
    }
    return page_count;
  } finally {
    await close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`search index: no built site in ${outDir} (expected ${join(outDir, 'index.html')}); run astro build first`);
    process.exit(1);
  }
  try {
    console.log(`Indexed ${await indexSite(outDir)} pages for search.`);
  } catch (error) {
    console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
