import { describe, expect, it } from 'vitest';
import { factSources, type QuickFact } from '../../../../src/lib/pay/facts';

const fact = (label: string, source: string, url: string): QuickFact => ({
  label,
  value: '1',
  detail: undefined,
  source,
  url,
  period: 'May 2024',
});

describe('factSources', () => {
  it('numbers each distinct source once, in order of first use, and maps every fact to its note', () => {
    const facts = [
      fact('pay', 'OEWS', 'https://a'),
      fact('education', 'EP', 'https://b'),
      fact('jobs', 'EP', 'https://b'),
      fact('other', 'OEWS', 'https://a'),
    ];
    const { sources, noteOf } = factSources(facts);
    expect(sources).toEqual([
      { source: 'OEWS', url: 'https://a', note: 1 },
      { source: 'EP', url: 'https://b', note: 2 },
    ]);
    expect(facts.map(noteOf)).toEqual([1, 2, 2, 1]);
  });

  it('keeps two sources apart when they share a name but not an address', () => {
    const { sources } = factSources([fact('a', 'BLS', 'https://x'), fact('b', 'BLS', 'https://y')]);
    expect(sources.map((s) => s.note)).toEqual([1, 2]);
  });
});
