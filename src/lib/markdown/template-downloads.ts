import { defineHastPlugin } from 'satteri';
import { routes } from '../routes';

/**
 * Marks a guide's links to the downloadable templates (public/templates/) with `download`, so a
 * browser saves the Markdown or CSV file instead of showing it as text. Doing it here keeps the
 * guide plain Markdown: an HTML link with the attribute would send it through MDX's slower path.
 */
export const templateDownloads = defineHastPlugin({
  name: 'pm-pathways:template-downloads',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && href.startsWith(routes.templates()) && href.length > routes.templates().length)
        ctx.setProperty(node, 'download', true);
    },
  },
});
