import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexSite, type PagefindApi } from '../../../src/build/search-index.ts';

// Pagefind's Node API, passed in so each test decides what the indexer reports.
const api = {
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
};

let outDir: string;

const index = () => indexSite(outDir, api as unknown as PagefindApi);

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

describe('indexSite', () => {
  it('indexes the build output into dist/pagefind and reports the page count', async () => {
    await expect(index()).resolves.toBe(41);
    expect(api.addDirectory).toHaveBeenCalledWith({ path: outDir });
    expect(api.writeFiles).toHaveBeenCalledWith({ outputPath: join(outDir, 'pagefind') });
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when Pagefind cannot create an index', async () => {
    api.createIndex.mockResolvedValue({ errors: ['binary not found'], index: undefined });
    await expect(index()).rejects.toThrow('Pagefind could not create an index: binary not found');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when indexing reports errors', async () => {
    api.addDirectory.mockResolvedValue({ errors: ['bad.html: parse error'], page_count: 40 });
    await expect(index()).rejects.toThrow(/failed to index .*bad\.html: parse error/);
    expect(api.writeFiles).not.toHaveBeenCalled();
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when no page was indexed', async () => {
    api.addDirectory.mockResolvedValue({ errors: [], page_count: 0 });
    await expect(index()).rejects.toThrow('Pagefind found no pages to index');
  });

  it('fails when writing the index reports errors', async () => {
    api.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    await expect(index()).rejects.toThrow('Pagefind failed to write its index: disk full');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when Pagefind reports success but the bundle is missing', async () => {
    api.writeFiles.mockResolvedValue({ errors: [], outputPath: join(outDir, 'pagefind') });
    await expect(index()).rejects.toThrow(/wrote no pagefind\.js/);
  });
});
