// Links the first use of each glossary term in every guide (run after editing a guide):
//   npm run link:glossary
// test/unit/content/glossary-links.test.ts checks the result.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { linkFirstUses } from '../src/lib/glossary/links.ts';

const terms = Object.entries(parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as Record<string, { match: string[] }>).map(
  ([id, t]) => ({ id, match: t.match }),
);
for (const name of readdirSync('content/guides').filter((f) => f.endsWith('.mdx'))) {
  const file = `content/guides/${name}`;
  const before = readFileSync(file, 'utf8');
  const after = linkFirstUses(before, terms);
  if (after !== before) writeFileSync(file, after);
}
