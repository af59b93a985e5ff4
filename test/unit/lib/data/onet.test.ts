import { describe, expect, it } from 'vitest';
import { onetCrossCheck, parseOnetFile, type OnetData } from '../../../../src/lib/data/onet';

const header = 'onet_code,element_id,importance,level,source';

describe('parseOnetFile (ratings)', () => {
  it('names file, line and column for a missing scale', () => {
    const { problems } = parseOnetFile(`${header}\n15-1299.09,2.A.1.a,4,4.5,onet-29-0\n15-1299.09,2.A.1.b,3.75,,onet-29-0\n`, 'data/onet-skills.csv', 'ratings');
    expect(problems).toEqual(['data/onet-skills.csv:3: level: expected a Level (LV) rating from 0 to 7 (the scale is missing), got nothing']);
  });
  it('names file, line and column for a rating outside the scale', () => {
    const { problems } = parseOnetFile(`${header}\n15-1299.09,2.A.1.a,5.5,4.5,onet-29-0\n15-1299.09,2.A.1.b,3,7.2,onet-29-0\n`, 'data/onet-skills.csv', 'ratings');
    expect(problems).toEqual([
      'data/onet-skills.csv:2: importance: expected an Importance (IM) rating from 1 to 5, got "5.5"',
      'data/onet-skills.csv:3: level: expected a Level (LV) rating from 0 to 7, got "7.2"',
    ]);
  });
  it('accepts ratings on the scale ends', () => {
    const { rows, problems } = parseOnetFile(`${header}\n15-1299.09,2.A.1.a,1,0,onet-29-0\n15-1299.09,2.A.1.b,5,7,onet-29-0\n`, 'data/onet-skills.csv', 'ratings');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.importance, r.level])).toEqual([[1, 0], [5, 7]]);
  });
});

describe('parseOnetFile (wages)', () => {
  it('keeps BLS markers and rejects anything else that is not a wage', () => {
    const { rows, problems } = parseOnetFile('soc_code,title,a_median,h_median,source\n29-1211,Anesthesiologists,#,#,oews-m2024\n27-2011,Actors,*,23.56,oews-m2024\n13-1082,PM,$100750,,oews-m2024\n', 'data/oews-wages.csv', 'wages');
    expect(rows.map((r) => r.a_median)).toEqual(['#', '*']);
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
    expect(onetCrossCheck(data)).toEqual([
      'data/onet-skills.csv:5: source: expected an id in data/skill-sources.csv, got "onet-9"',
      'data/onet-skills.csv:5: element_id: expected an id in data/onet-elements.csv, got "2.A.9"',
      'data/onet-skills.csv:5: onet_code: expected a code in data/onet-occupations.csv, got "15-1299.08"',
    ]);
  });
});
