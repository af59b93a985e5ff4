import { describe, expect, it } from 'vitest';
import { firstUse, linkFirstUses, linkProblems } from '../../../../src/lib/glossary/links';
import { glossarySchema, sentenceCount } from '../../../../src/lib/glossary/schema';

const raid = { id: 'raid-log', match: ['RAID logs?'] };
const safe = { id: 'safe', match: ['SAFe'] };
const sprint = { id: 'sprint', match: ['sprints?'] };

describe('glossary links', () => {
  it('ignores headings, other links and frontmatter when finding the first use', () => {
    const body = '---\ntitle: "RAID log"\n---\n## Keep a RAID log\n\nSee [the RAID log page](/x/). Then keep a RAID log.';
    expect(firstUse(body, raid)?.index).toBe(body.lastIndexOf('RAID log'));
  });

  it('matches a capitalized pattern as written and a lower-case one in any case', () => {
    expect(firstUse('Is it safe? Yes.', safe)).toBeUndefined();
    expect(firstUse('Plan Sprints well.', sprint)?.text).toBe('Sprints');
  });

  it('links the first use once and then reports nothing', () => {
    const body = 'Keep a RAID log. Review the RAID log weekly.';
    const linked = linkFirstUses(body, [raid]);
    expect(linked).toBe('Keep a [RAID log](/glossary/#raid-log). Review the RAID log weekly.');
    expect(linkProblems(linked, raid)).toEqual([]);
    expect(linkFirstUses(linked, [raid])).toBe(linked);
  });

  it('reports an unlinked use, a late link and a second link', () => {
    expect(linkProblems('Keep a RAID log.', raid)).toEqual(['"RAID log" is used but not linked to /glossary/#raid-log']);
    expect(linkProblems('Keep a RAID log, the [RAID log](/glossary/#raid-log).', raid)).toEqual([
      '"RAID log" is used before its glossary link',
    ]);
    expect(linkProblems('[RAID log](/glossary/#raid-log) and [RAID logs](/glossary/#raid-log).', raid)[0]).toMatch(/linked 2 times/);
  });
});

describe('glossary schema', () => {
  it('counts sentences', () => {
    expect(sentenceCount('One thing. Another thing.')).toBe(2);
    expect(sentenceCount('A Guide to the Project Management Body of Knowledge, the book. PMI uses it.')).toBe(2);
  });
  it('refuses a one-sentence definition and a broken pattern', () => {
    expect(glossarySchema.safeParse({ term: 'X', definition: 'Only one.', match: ['x'] }).success).toBe(false);
    expect(glossarySchema.safeParse({ term: 'X', definition: 'One. Two.', match: ['(x'] }).success).toBe(false);
    expect(glossarySchema.safeParse({ term: 'X', definition: 'One. Two.', match: ['x'] }).success).toBe(true);
  });
});
