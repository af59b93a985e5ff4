import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importers, type Importer } from '../../../../../src/lib/data/import/index';
import { DEFAULT_SOURCES_DIRS, importAll, sourcesDirFrom } from '../../../../../src/lib/data/import/run';
import { ONET_FILES } from '../../../../../src/lib/data/onet';
import { DATA, SOURCES } from './fixture';

describe('importAll on source fixtures', () => {
  const files = importAll(SOURCES, DATA);

  it("writes every imported data file, each once, with each importer's own text", () => {
    expect(Object.keys(files).sort()).toEqual(['oews.csv', 'projections.csv', 'oews-state.csv', 'oews-industry.csv', ...Object.values(ONET_FILES)].sort());
    for (const importer of importers) for (const [name, text] of Object.entries(importer.run(SOURCES, DATA))) expect(files[name], name).toBe(text);
  });

  it('writes files with the columns the data/ files have', () => {
    for (const [name, text] of Object.entries(files)) expect(text.split('\n', 1)[0], name).toBe(readFileSync(`data/${name}`, 'utf8').split('\n', 1)[0]);
  });

  it('stops when two importers write one file', () => {
    const twice: Importer = { name: 'again', run: () => ({ 'oews.csv': '' }) };
    expect(() => importAll(SOURCES, DATA, [importers[0]!, twice])).toThrow('again and BLS OEWS both write data/oews.csv');
  });
});

describe('sourcesDirFrom', () => {
  const none = () => false;
  it('takes --sources DIR, or a bare path, before the environment', () => {
    expect(sourcesDirFrom(['--sources', 'a'], { PMP_SOURCES_DIR: 'b' }, none)).toBe('a');
    expect(sourcesDirFrom(['a'], { PMP_SOURCES_DIR: 'b' }, none)).toBe('a');
    expect(sourcesDirFrom([], { PMP_SOURCES_DIR: 'b' }, none)).toBe('b');
  });
  it('falls back to the fetch cache, then the shared folder, whichever exists', () => {
    expect(sourcesDirFrom([], {}, (d) => d === DEFAULT_SOURCES_DIRS[1])).toBe(DEFAULT_SOURCES_DIRS[1]);
    expect(sourcesDirFrom([], {}, () => true)).toBe('.cache/sources');
    expect(sourcesDirFrom([], {}, none)).toBeUndefined();
  });
});
