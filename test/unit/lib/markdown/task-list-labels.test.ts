import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { taskListLabels } from '../../../../src/lib/markdown/task-list-labels';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [taskListLabels], features: { gfm: true } }).html;

describe('task-list checkbox labels', () => {
  it('names each checkbox after the text of its item, links and emphasis included', () => {
    const html = render('- [ ] Join *a local* [chapter](/x/)\n- [x] Done already\n');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Join a local chapter">');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Done already">');
  });

  it('also names checkboxes in loose lists, where they sit inside a paragraph', () => {
    expect(render('- [ ] First\n\n- [ ] Second\n')).toContain('aria-label="Second"');
  });

  it('leaves other inputs and ordinary lists alone', () => {
    expect(render('- plain item\n')).not.toContain('aria-label');
  });
});
