import { markdownToMdast, mdxToMdast } from 'satteri';

/**
 * True when MDX and plain Markdown read this body the same way: no imports, exports, JSX or
 * `{expressions}`, and none of the Markdown that MDX reads differently (indented code, HTML,
 * autolinks). Such a guide can be rendered to HTML once, while content syncs, instead of being
 * compiled into a JavaScript module per guide; the HTML is the same either way. A body MDX cannot
 * parse is not plain, so it keeps MDX's own error message.
 */
export function readsAsPlainMarkdown(body: string): boolean {
  // A leading "---" would be taken for a second frontmatter block by the Markdown renderer.
  if (body.trimStart().startsWith('---')) return false;
  const features = { gfm: true };
  let asMdx: string;
  try {
    asMdx = JSON.stringify(mdxToMdast(body, { features, position: false }));
  } catch {
    return false;
  }
  return asMdx === JSON.stringify(markdownToMdast(body, { features, position: false }));
}
