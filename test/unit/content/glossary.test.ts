import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../../src/lib/glossary/schema';
import { linkProblems } from '../../../src/lib/glossary/links';
import { filesUnder } from './files';

const raw = parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as Record<string, unknown>;
const terms = Object.entries(raw).map(([id, entry]) => ({ id, ...glossarySchema.parse(entry) }));
const guides = filesUnder('content/guides', /\.mdx$/);

describe('the glossary', () => {
  it('has 40 terms or more, including the ones the guides lean on', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const id of ['raid-log', 'wbs', 'critical-path', 'burndown', 'pdu', 'programme', 'portfolio', 'stakeholder-register']) {
      expect(terms.map((t) => t.id)).toContain(id);
    }
  });
});

describe('every glossary term used in a guide is linked once, at first use', () => {
  it.each(guides)('%s', (file) => {
    const body = readFileSync(file, 'utf8');
    const problems = terms.flatMap((t) => linkProblems(body, t).map((p) => `${t.id}: ${p}`));
    // A link to an anchor the glossary does not have would land on the top of the page.
    const ids = new Set(terms.map((t) => t.id));
    for (const m of body.matchAll(/\]\(\/glossary\/#([^)]+)\)/g)) if (!ids.has(m[1]!)) problems.push(`links to unknown term "${m[1]}"`);
    expect(problems).toEqual([]);
  });
});
