import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GitHub-flavoured task lists render `<input type="checkbox" disabled>` with no label, which
 * screen readers announce as an unnamed checkbox. Name each one by the text of its list item.
 */
export default function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return;
      const box = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'input' && child.properties['type'] === 'checkbox',
      );
      if (box) box.properties['ariaLabel'] = toString(node).trim();
    });
  };
}
