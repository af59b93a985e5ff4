// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import rehypeTaskListLabels from './src/lib/markdown/rehype-task-list-labels.ts';

export default defineConfig({
  site: 'https://pm-pathways.example',
  // Lets tests and benchmarks run builds side by side without sharing Astro's content cache.
  cacheDir: process.env.PMP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // A duplicate guide slug must stop the build, not silently replace the other guide.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // One stylesheet request is cheaper than re-sending the CSS inside every page's HTML.
    inlineStylesheets: 'never',
  },
  markdown: { rehypePlugins: [rehypeTaskListLabels] },
  integrations: [mdx(), sitemap(), pagefind()],
});
