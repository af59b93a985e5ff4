import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { templateDownloads } from '../../../../src/lib/markdown/template-downloads';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [templateDownloads], features: { gfm: true } }).html;

describe('download links for templates', () => {
  it('marks a link to a file under /templates/ as a download', () => {
    expect(render('[RAID log (CSV)](/templates/raid-log.csv)')).toMatch(
      /<a href="\/templates\/raid-log\.csv" download(="")?>RAID log \(CSV\)<\/a>/,
    );
  });

  it('leaves other links, and the bare folder, alone', () => {
    expect(render('[guide](/guides/x/) and [glossary](/glossary/#raid-log)')).not.toContain('download');
    expect(render('[all](/templates/)')).not.toContain('download');
    expect(render('[elsewhere](https://example.com/templates/a.csv)')).not.toContain('download');
  });
});
