import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './files';

/** The templates readers download (public/templates/) and the guide links that offer them. */
const templates = readdirSync('public/templates').sort();
const links = filesUnder('content/guides', /\.mdx$/).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\]\(\/templates\/([^)]+)\)/g)].map((m) => ({ file, name: m[1]! })),
);

describe('downloadable templates', () => {
  it('include a status report, a RAID log, an executive update and a project charter, as Markdown and CSV', () => {
    expect(templates).toEqual(expect.arrayContaining(['status-report.md', 'raid-log.csv', 'executive-update.md', 'project-charter.md']));
  });

  it('are each linked from a guide, and every template link points at a file that exists', () => {
    expect(templates.filter((t) => !links.some((l) => l.name === t))).toEqual([]);
    expect(links.filter((l) => !existsSync(`public/templates/${l.name}`)).map((l) => `${l.file}: ${l.name}`)).toEqual([]);
  });

  it.each(templates.filter((t) => t.endsWith('.csv')))('%s has the same columns on every row', (name) => {
    const { data, errors } = Papa.parse<string[]>(readFileSync(`public/templates/${name}`, 'utf8').trim());
    expect(errors).toEqual([]);
    const [header = [], ...rows] = data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.length !== header.length).map((r) => r[0])).toEqual([]);
  });

  it.each(templates.filter((t) => t.endsWith('.md')))('%s opens with a heading and has places to fill in', (name) => {
    const text = readFileSync(`public/templates/${name}`, 'utf8');
    expect(text).toMatch(/^# \S/);
    expect(text).toMatch(/\[[^\]]+\]/);
  });
});
