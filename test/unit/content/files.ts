import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under a folder, recursively, whose names match. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f))
    .sort();
}
