import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/lib/data/csv';
import { onetCrossCheck, onetCrosswalkProblems, onetFiles, type OnetData } from '../../../../src/lib/data/onet';

/** Parses with a file's definition; returns its rows, or the problems it stopped on. */
function parse<K extends keyof typeof onetFiles>(key: K, text: string, file: string): { rows: OnetData[K]; problems: string[] } {
  try {
    return { rows: onetFiles[key].parse(text, file), problems: [] };
  } catch (error) {
    if (error instanceof DataError) return { rows: [] as unknown as OnetData[K], problems: [...error.problems] };
    throw error;
  }
}

const header = 'onet_code,element_id,importance,level,date,source';

describe('parseOnetFile (ratings)', () => {
  it('names file, line and column for a missing scale', () => {
    const { problems } = parse('skills', `${header}\n15-1299.09,2.A.1.a,4,4.5,08/2019,onet-29-0\n15-1299.09,2.A.1.b,3.75,,08/2019,onet-29-0\n`, 'data/onet-skills.csv');
    expect(problems).toEqual(['data/onet-skills.csv:3: level: expected a Level (LV) rating from 0 to 7 (the scale is missing), got nothing']);
  });
  it('names file, line and column for a rating outside the scale', () => {
    const { problems } = parse('skills', `${header}\n15-1299.09,2.A.1.a,5.5,4.5,08/2019,onet-29-0\n15-1299.09,2.A.1.b,3,7.2,08/2019,onet-29-0\n`, 'data/onet-skills.csv');
    expect(problems).toEqual([
      'data/onet-skills.csv:2: importance: expected an Importance (IM) rating from 1 to 5, got "5.5"',
      'data/onet-skills.csv:3: level: expected a Level (LV) rating from 0 to 7, got "7.2"',
    ]);
  });
  it('accepts ratings on the scale ends', () => {
    const { rows, problems } = parse('skills', `${header}\n15-1299.09,2.A.1.a,1,0,08/2019,onet-29-0\n15-1299.09,2.A.1.b,5,7,08/2019,onet-29-0\n`, 'data/onet-skills.csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.importance, r.level])).toEqual([[1, 0], [5, 7]]);
  });
});

describe('parseOnetFile (wages)', () => {
  it('keeps BLS markers and rejects anything else that is not a wage', () => {
    const good = parse('wages', 'soc_code,title,a_median,h_median,source\n29-1211,Anesthesiologists,#,#,oews-m2025\n27-2011,Actors,*,23.56,oews-m2025\n', 'data/oews-wages.csv');
    expect(good.rows.map((r) => r.a_median)).toEqual(['#', '*']);
    const { problems } = parse('wages', 'soc_code,title,a_median,h_median,source\n29-1211,Anesthesiologists,#,#,oews-m2025\n27-2011,Actors,*,23.56,oews-m2025\n13-1082,PM,$100750,,oews-m2025\n', 'data/oews-wages.csv');
    expect(problems).toEqual(['data/oews-wages.csv:4: a_median: expected a whole-dollar wage or a BLS marker (*, **, #), got "$100750"']);
  });
});

describe('onetCrossCheck', () => {
  it('names unknown sources, elements and occupations', () => {
    const data = {
      sources: [{ id: 'onet-29-0', line: 2 }],
      elements: [{ element_id: '2.A.1.a', line: 2, source: 'onet-29-0' }],
      occupations: [{ onet_code: '15-1299.09', line: 2, source: 'onet-29-0' }],
      skills: [{ onet_code: '15-1299.08', element_id: '2.A.9', line: 5, source: 'onet-9' }],
      knowledge: [], tasks: [], technology: [], education: [], related: [], wages: [],
    } as unknown as OnetData;
    expect(onetCrossCheck(data, (name) => `data/${name}`)).toEqual([
      'data/onet-skills.csv:5: source: expected an id in data/skill-sources.csv, got "onet-9"',
      'data/onet-skills.csv:5: element_id: expected an id in data/onet-elements.csv, got "2.A.9"',
      'data/onet-skills.csv:5: onet_code: expected a code in data/onet-occupations.csv, got "15-1299.08"',
    ]);
  });
});

describe('onetCrosswalkProblems', () => {
  it('names a role whose O*NET code is unknown or whose ratings code has no ratings', () => {
    const onet = { occupations: [{ onet_code: '13-1082.00' }, { onet_code: '15-1299.09' }], skills: [{ onet_code: '15-1299.09' }] } as unknown as OnetData;
    expect(onetCrosswalkProblems([
      { onet_code: '13-1082.00', onet_ratings_code: '15-1299.09', line: 2 },
      { onet_code: '13-1082.00', onet_ratings_code: '13-1082.00', line: 3 },
      { onet_code: '99-9999.00', onet_ratings_code: undefined, line: 4 },
      { onet_code: undefined, onet_ratings_code: undefined, line: 5 },
    ], onet)).toEqual([
      'data/crosswalk.csv:3: onet_ratings_code: expected an occupation with skill ratings in data/onet-skills.csv, got "13-1082.00"',
      'data/crosswalk.csv:4: onet_code: expected a code in data/onet-occupations.csv, got "99-9999.00"',
      'data/crosswalk.csv:4: onet_ratings_code: expected the O*NET occupation the role\'s skill ratings come from, got nothing',
    ]);
  });
});
