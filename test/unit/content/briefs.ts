import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed briefs live beside the repo (../shared/seeds), as on every developer machine and in CI. */
export const SEEDS_DIR = join(process.cwd(), '..', 'shared', 'seeds');

export function readBriefs(): { name: string; text: string }[] {
  if (!existsSync(SEEDS_DIR)) throw new Error(`The seed briefs were not found at ${SEEDS_DIR}; they sit beside the repository in ../shared/seeds`);
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

/** Files under a folder, recursively, whose names match. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f))
    .sort();
}
