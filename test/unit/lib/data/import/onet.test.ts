import { describe, expect, it } from 'vitest';
import { readSourceTable } from '../../../../../src/lib/data/csv';
import { importOnet, onetImporter, pairRatings, SKILL_SOURCES } from '../../../../../src/lib/data/import/onet';
import { ONET_FILES } from '../../../../../src/lib/data/onet';
import { DATA, rowsOf, SOURCES, sourceRows } from './fixture';

const bad = 'test/fixtures/onet';

describe('pairRatings', () => {
  it('stops on an occupation-element with no LV row, naming file, line and column', () => {
    expect(() => pairRatings(readSourceTable(`${bad}/missing-scale`, 'onet/skills.csv'))).toThrow(
      'test/fixtures/onet/missing-scale/onet/skills.csv:4: Scale ID: expected both IM and LV rows for 11-1011.00 2.A.1.b, got no LV row',
    );
  });
  it('stops on a rating outside its scale', () => {
    expect(() => pairRatings(readSourceTable(`${bad}/out-of-range`, 'onet/skills.csv'))).toThrow(
      'test/fixtures/onet/out-of-range/onet/skills.csv:3: Data Value: expected a LV rating from 0 to 7, got "7.5"',
    );
  });
  it('puts IM and LV side by side, as published', () => {
    const table = readSourceTable(`${bad}/out-of-range`, 'onet/skills.csv');
    table.rows[1]!.row['Data Value'] = '4.62';
    expect(pairRatings(table)).toEqual([{ onet_code: '11-1011.00', element_id: '2.A.1.a', element_name: 'Reading Comprehension', importance: '4.12', level: '4.62', date: '08/2023' }]);
  });
});

describe('O*NET importer on source fixtures', () => {
  const files = importOnet(SOURCES, DATA);
  const out = (name: string) => rowsOf(files[name]!);

  it('writes every O*NET data file the site reads, and the same through the importer list', () => {
    expect(Object.keys(files).sort()).toEqual(Object.values(ONET_FILES).sort());
    expect(onetImporter.run(SOURCES, DATA)).toEqual(files);
  });

  it('pairs every rating of every occupation, each cell as O*NET published it', () => {
    const skills = out('onet-skills.csv');
    const source = sourceRows('onet/onet_29.0_skills_all_occupations.csv');
    expect(skills).toHaveLength(source.length / 2);
    for (const row of skills) {
      const of = (scale: string) => source.find((s) => s['O*NET-SOC Code'] === row['onet_code'] && s['Element ID'] === row['element_id'] && s['Scale ID'] === scale)!;
      expect([row['importance'], row['level'], row['date']]).toEqual([of('IM')['Data Value'], of('LV')['Data Value'], of('IM')['Date']]);
    }
  });

  it("keeps knowledge, tasks, technology, education and related occupations for the roles' profiles only", () => {
    const roles = new Set(['13-1082.00', '15-1299.09']);
    for (const name of ['onet-role-knowledge.csv', 'onet-role-tasks.csv', 'onet-role-technology.csv', 'onet-role-education.csv', 'onet-related.csv']) {
      const rows = out(name);
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.filter((r) => !roles.has(r['onet_code']!)), name).toEqual([]);
    }
    const tasks = sourceRows('onet/onet_29.2_task_statements_selected.csv').filter((r) => roles.has(r['O*NET-SOC Code']!));
    expect(out('onet-role-tasks.csv').map((r) => r['task'])).toEqual(tasks.map((r) => r['Task']));
  });

  it('describes each element in the Content Model Reference words', () => {
    const model = sourceRows('onet/original_29.2/Content Model Reference.txt', '\t');
    for (const e of out('onet-elements.csv')) expect(e['description']).toBe(model.find((m) => m['Element ID'] === e['element_id'])?.['Description']);
    expect(out('onet-elements.csv').map((e) => e['domain']).sort()).toEqual(['knowledge', 'knowledge', 'skill', 'skill']);
  });

  it('takes the newest (May 2025) median of detailed occupations only, markers kept', () => {
    const wages = out('oews-wages.csv');
    expect(wages.map((w) => w['soc_code'])).not.toContain('00-0000');
    expect(wages.find((w) => w['soc_code'] === '13-1020')).toBeDefined();
    expect(wages.find((w) => w['soc_code'] === '13-1082')?.['a_median']).toBe('102320');
  });

  it('cites a source row for every row of every file', () => {
    const ids = new Set(SKILL_SOURCES.map((s) => s.id));
    for (const [name, text] of Object.entries(files)) if (name !== 'skill-sources.csv') expect(rowsOf(text).filter((r) => !ids.has(r['source']!)), name).toEqual([]);
  });

  it('stops on a missing source file, naming it', () => {
    expect(() => importOnet(`${bad}/missing-scale`, DATA)).toThrow('missing-scale/onet/onet_29.0_skills_all_occupations.csv:1: expected the file to exist and be readable, got ENOENT');
  });
});
