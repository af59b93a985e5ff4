import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allPages, DIST } from './site';

const run = promisify(execFile);
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

/**
 * The one message we do not count: the checker's CSS grammar predates `paint-order` (CSS Fill and
 * Stroke 3, SVG 2; in every current browser), which gives chart labels their halo.
 */
const knownCheckerGaps = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/];

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

describe('every built page passes the W3C Nu HTML checker', () => {
  it('reports 0 errors over all pages (one Java run)', { timeout: 120_000 }, async () => {
    const files = allPages().map((p) => join(DIST, p.replace(/^\//, ''), p.endsWith('/') ? 'index.html' : ''));
    // The checker exits non-zero when it finds errors; its report is JSON on stderr either way.
    const { stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { code?: unknown; stderr?: string; message: string }) => {
      if (e.code === 'ENOENT')
        throw new Error('No `java` on the PATH: the Nu checker needs a Java runtime (.ci/run installs default-jre-headless).');
      return { stderr: e.stderr ?? e.message };
    });
    const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => !knownCheckerGaps.some((gap) => gap.test(m.message)))
      .map((m) => `${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
