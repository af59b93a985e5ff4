import { defineHastPlugin } from 'satteri';

/**
 * Names each task-list checkbox ("- [ ] Join a local chapter") after its item's text. Markdown
 * renders them as bare <input type="checkbox"> elements, which screen readers announce as an
 * unnamed checkbox and Lighthouse and axe flag as a form control without a label.
 */
export const taskListLabels = defineHastPlugin({
  name: 'pm-pathways:task-list-labels',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties?.['type'] !== 'checkbox' || node.properties['ariaLabel'] !== undefined) return;
      // The checkbox sits in its <li>, or in the item's first <p> when the list is loose.
      const holder = ctx.parent(node);
      const text = holder ? ctx.textContent(holder).replace(/\s+/g, ' ').trim() : '';
      if (text) ctx.setProperty(node, 'ariaLabel', text);
    },
  },
});
