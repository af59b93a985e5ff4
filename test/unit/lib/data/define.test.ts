import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cell, DataError } from '../../../../src/lib/data/csv';
import { defineDataFile } from '../../../../src/lib/data/define';

const file = defineDataFile({
  name: 'things.csv',
  columns: ['id', 'low', 'high'],
  row: z.object({ id: cell.id(), low: cell.amount(), high: cell.amount() }).superRefine((row, ctx) => {
    if (row.high < row.low) ctx.addIssue({ code: 'custom', path: ['high'], message: `expected at least low (${row.low})` });
  }),
  unique: 'id',
  check: (rows, name) => (rows.length > 2 ? [`${name}:1: row: expected at most two rows, got ${rows.length}`] : []),
});

function problems(text: string): readonly string[] {
  try {
    file.parse(text);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe('defineDataFile', () => {
  it('returns located rows of good input', () => {
    expect(file.parse('id,low,high\na,1,2\n')).toEqual([{ id: 'a', low: 1, high: 2, line: 2 }]);
  });

  it('reports a per-row rule from superRefine with file, line, column and the cell', () => {
    expect(problems('id,low,high\na,5,2\n')).toEqual(['data/things.csv:2: high: expected at least low (5), got "2"']);
  });

  it('reports duplicates, cross-row checks and cell errors together, each once', () => {
    const found = problems('id,low,high\na,1,2\na,1,2\nb,-1,2\nc,1,2\n');
    expect(found).toContain('data/things.csv:4: low: expected a number of 0 or more, got "-1"');
    expect(found).toContain('data/things.csv:1: row: expected at most two rows, got 3');
    expect(found).toContain('data/things.csv:3: id: expected a unique id, got "a" already used on line 2');
    expect(new Set(found).size).toBe(found.length);
  });

  it('names a missing column', () => {
    expect(problems('id,low\na,1\n')[0]).toMatch(/^data\/things\.csv:1: header: expected columns id, low, high; missing "high"/);
  });
});
