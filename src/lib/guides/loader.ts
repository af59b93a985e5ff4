import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readsAsPlainMarkdown } from './plain-markdown';
import { pageText, readingMinutes } from './reading-time';

type RenderFunction = (entry: {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}) => Promise<unknown>;
interface EntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}
/** glob() reads the entry types (".md", ".mdx") from its context; Astro passes them but does not type them. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * The glob() loader for guides, with one difference: a guide whose body reads the same as plain
 * Markdown (all of them so far) is rendered to HTML while content syncs, the way .md files are,
 * instead of being compiled into its own JavaScript module and bundled. At 1,000 guides that
 * bundling cost about 400 MB of a 1.5 GB peak and several seconds. A guide that uses MDX (a
 * component, an import, an expression) still goes through MDX, so MDX keeps working.
 *
 * A rendered guide keeps its reading time (in `rendered.metadata.readingMinutes`) instead of its
 * raw body: the reading time was all the body was read for, and every stored byte is bundled into
 * the build as a string, so dropping it took a third off the build's content data.
 */
export function guidesLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'pm-pathways:guides',
    load: async (context: GlobContext) => {
      const mdx = context.entryTypes?.get('.mdx');
      const renderMarkdown = context.entryTypes?.get('.md')?.getRenderFunction;
      // If a later Astro stops passing entry types, every guide simply takes the MDX route.
      if (!context.entryTypes || !mdx || !renderMarkdown) return inner.load(context);

      const entryTypes = new Map(context.entryTypes).set('.mdx', {
        ...mdx,
        getRenderFunction: async (config) => {
          const render = await renderMarkdown(config);
          return async (entry) => (entry.body !== undefined && readsAsPlainMarkdown(entry.body) ? render(entry) : undefined);
        },
      });

      // glob() looks for a second file claiming an id before it renders and stores the first, so
      // with rendering in between, two files read side by side can both miss each other. The
      // store is where both arrive, so the duplicate check is made there too.
      const fileById = new Map<string, string>();
      let loading = true;
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry: StoredEntry) => {
          const other = fileById.get(entry.id);
          if (loading && entry.filePath && other && other !== entry.filePath && context.config.prerenderConflictBehavior !== 'ignore') {
            const message = `Duplicate guide id "${entry.id}": ${other} and ${entry.filePath} both claim it (set a different "slug" or rename one file).`;
            if (context.config.prerenderConflictBehavior === 'error') throw new Error(message);
            context.logger.warn(message);
          }
          if (entry.filePath) fileById.set(entry.id, entry.filePath);
          if (entry.rendered) {
            const { body, ...rest } = entry;
            const faqs = (entry.data as { faqs?: { question: string; answer: string }[] }).faqs ?? [];
            const metadata = { ...entry.rendered.metadata, readingMinutes: readingMinutes(pageText(body ?? '', faqs)) };
            return context.store.set({ ...rest, rendered: { ...entry.rendered, metadata } });
          }
          // An entry left unrendered above needs MDX: hand it back to MDX's deferred rendering.
          return context.store.set(entry.filePath?.endsWith('.mdx') ? { ...entry, deferredRender: true } : entry);
        },
      };
      const patched: GlobContext = { ...context, entryTypes, store };
      try {
        await inner.load(patched);
      } finally {
        loading = false;
      }
    },
  };
}
