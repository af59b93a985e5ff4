import { defineHastPlugin } from 'satteri';

interface HastElement {
  type: string;
  tagName?: string;
  children?: HastElement[];
}

const elements = (node: HastElement | undefined, tag: string): HastElement[] =>
  (node?.children ?? []).filter((c) => c.type === 'element' && c.tagName === tag);

/**
 * Lets a guide's Markdown table reflow on a phone: marks it `table-stack` (global.css stacks each
 * row below 40rem) and labels every cell with its column's heading, which the stacked row shows
 * beside the value. A comparison table of four columns would otherwise run off a 375 px screen.
 */
export const tableLabels = defineHastPlugin({
  name: 'pm-pathways:table-labels',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const table = node as unknown as HastElement;
      const headerCells = elements(elements(elements(table, 'thead')[0], 'tr')[0], 'th');
      const headings = headerCells.map((th) =>
        ctx
          .textContent(th as never)
          .replace(/\s+/g, ' ')
          .trim(),
      );
      if (headings.length === 0) return;
      // A comparison table's top-left corner is often left blank. A blank header cell names no
      // column (axe: empty-table-header), and the Nu checker rejects role="presentation" on a th,
      // so the corner becomes the plain empty cell it is.
      if (headings[0] === '') ctx.replaceNode(headerCells[0] as never, { type: 'element', tagName: 'td', properties: {}, children: [] });
      ctx.setProperty(node, 'className', ['table-stack']);
      for (const row of elements(elements(table, 'tbody')[0], 'tr')) {
        elements(row, 'td').forEach((cell, i) => {
          if (headings[i]) ctx.setProperty(cell as never, 'dataLabel', headings[i]);
        });
      }
    },
  },
});
