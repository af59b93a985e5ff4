import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../../src/lib/search/ranking';

describe('searchTerms', () => {
  it('drops "vs" and "versus" between the things compared', () => {
    expect(searchTerms('PMP vs PRINCE2')).toBe('PMP PRINCE2');
    expect(searchTerms('PMP vs. PRINCE2')).toBe('PMP PRINCE2');
    expect(searchTerms('Project manager VERSUS programme manager')).toBe('Project manager programme manager');
  });

  it('keeps words that only contain the letters', () => {
    expect(searchTerms('canvas versioning')).toBe('canvas versioning');
    expect(searchTerms('vsphere')).toBe('vsphere');
  });

  it('leaves nothing of a query that is only "vs", and tidies spaces', () => {
    expect(searchTerms('  vs  ')).toBe('');
    expect(searchTerms('  agile   scrum ')).toBe('agile scrum');
  });
});
