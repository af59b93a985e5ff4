import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pagefind, { type PagefindApi } from '../../../src/integrations/pagefind';

// Pagefind's Node API, passed in so each test decides what the indexer reports.
const api = {
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
};

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

let outDir: string;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function runHook() {
  const hook = pagefind(api as unknown as PagefindApi).hooks['astro:build:done'] as BuildDone;
  return hook({ dir: pathToFileURL(`${outDir}/`), logger } as unknown as Parameters<BuildDone>[0]);
}

/** What a healthy Pagefind run writes: the two files the search page loads first. */
function writeBundle({ outputPath }: { outputPath: string }) {
  mkdirSync(outputPath, { recursive: true });
  writeFileSync(join(outputPath, 'pagefind.js'), '');
  writeFileSync(join(outputPath, 'pagefind-entry.json'), '{}');
  return { errors: [], outputPath };
}

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'pmp-pagefind-'));
  vi.clearAllMocks();
  api.createIndex.mockResolvedValue({ errors: [], index: { addDirectory: api.addDirectory, writeFiles: api.writeFiles } });
  api.addDirectory.mockResolvedValue({ errors: [], page_count: 41 });
  api.writeFiles.mockImplementation(async (options: { outputPath: string }) => writeBundle(options));
});
afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('pagefind integration', () => {
  it('indexes the build output into dist/pagefind and reports the page count', async () => {
    await runHook();
    expect(api.addDirectory).toHaveBeenCalledWith({ path: outDir + '/' });
    expect(api.writeFiles).toHaveBeenCalledWith({ outputPath: join(outDir, 'pagefind') });
    expect(logger.info).toHaveBeenCalledWith('Indexed 41 pages for search.');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when Pagefind cannot create an index', async () => {
    api.createIndex.mockResolvedValue({ errors: ['binary not found'], index: undefined });
    await expect(runHook()).rejects.toThrow('Pagefind could not create an index: binary not found');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when indexing reports errors', async () => {
    api.addDirectory.mockResolvedValue({ errors: ['bad.html: parse error'], page_count: 40 });
    await expect(runHook()).rejects.toThrow(/failed to index .*bad\.html: parse error/);
    expect(api.writeFiles).not.toHaveBeenCalled();
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when no page was indexed', async () => {
    api.addDirectory.mockResolvedValue({ errors: [], page_count: 0 });
    await expect(runHook()).rejects.toThrow('Pagefind found no pages to index');
  });

  it('fails the build when writing the index reports errors', async () => {
    api.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    await expect(runHook()).rejects.toThrow('Pagefind failed to write its index: disk full');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when Pagefind reports success but the bundle is missing', async () => {
    api.writeFiles.mockResolvedValue({ errors: [], outputPath: join(outDir, 'pagefind') });
    await expect(runHook()).rejects.toThrow(/wrote no pagefind\.js/);
  });
});
