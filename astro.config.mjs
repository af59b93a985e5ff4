// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import validateData from './src/integrations/validate-data.ts';
import { taskListLabels } from './src/lib/markdown/task-list-labels.ts';
import { tableLabels } from './src/lib/markdown/table-labels.ts';
import { templateDownloads } from './src/lib/markdown/template-downloads.ts';

export default defineConfig({
  site: 'https://pm-pathways.example',
  // Lets tests and benchmarks run builds side by side without sharing Astro's content cache.
  cacheDir: process.env.PMP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // FAQ pages merged into one answer keep working for readers who saved or shared them.
  redirects: {
    '/faq/advance-your-it-project-management-career/can-i-become-an-it-project-manager-without-it-project-experience/':
      '/faq/enter-it-project-management/how-do-i-become-an-it-project-manager-with-no-experience/',
    '/faq/advance-your-it-project-management-career/how-do-i-get-project-management-experience-when-i-have-none/':
      '/faq/enter-it-project-management/how-do-i-become-an-it-project-manager-with-no-experience/',
    '/faq/enter-it-project-management/does-volunteer-work-count-as-project-management-experience/':
      '/faq/enter-it-project-management/how-do-i-become-an-it-project-manager-with-no-experience/',
  },
  // A duplicate guide slug must stop the build, not silently replace the other guide.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // Several pages in flight at once, so one page's file writes overlap the next page's render:
    // with a page per FAQ, a thousand guides is seven thousand pages, and this took the page
    // phase of that build from 10-15 s to 5-8 s on two cores.
    concurrency: 4,
    // The shared stylesheet (over Vite's 4 KB inline limit) stays one cached request; a page's own
    // small stylesheets are inlined, so a role or ladder page is 2 requests instead of 5.
    inlineStylesheets: 'auto',
  },
  // A page type's own component styles (a guide's contents list, FAQ list and route figure; a
  // chart's data table) run to 4-6 KB: inlined under this limit, a guide stays at 2 requests.
  // The shared stylesheet (about 10 KB) stays over it, one request the browser caches.
  vite: { build: { assetsInlineLimit: 8192 } },
  // Astro's default Markdown processor (also used for MDX), plus names for task-list checkboxes,
  // stacking labels for tables and `download` on links to the templates.
  markdown: { processor: satteri({ hastPlugins: [taskListLabels, tableLabels, templateDownloads] }) },
  integrations: [validateData(), mdx(), sitemap()],
});
