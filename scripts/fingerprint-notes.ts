/**
 * `node scripts/fingerprint-notes.ts DIR...`: writes test/fixtures/originality/source-notes.txt,
 * the fingerprints of every run of ten words in the writers' source notes (the .txt files in each
 * DIR). The originality test checks content/ and data/ against them, so the notes themselves never
 * enter the repository. Run it again when the notes change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFingerprints } from '../src/lib/text/overlap.ts';

const RUN = 10;
const OUT = 'test/fixtures/originality/source-notes.txt';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('Name the folders of source notes: node scripts/fingerprint-notes.ts DIR...');
  process.exit(1);
}
const fingerprints = new Set<number>();
let notes = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()) {
    notes++;
    for (const f of runFingerprints(readFileSync(join(dir, name), 'utf8'), RUN)) fingerprints.add(f);
  }
}
const header = `# Fingerprints (53-bit, base 36) of every run of ${RUN} words in ${notes} source notes; written by scripts/fingerprint-notes.ts.`;
writeFileSync(
  OUT,
  `${header}\n${[...fingerprints]
    .map((f) => f.toString(36))
    .sort()
    .join('\n')}\n`,
);
console.log(`${OUT}: ${fingerprints.size} fingerprints from ${notes} notes`);
