import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../../src/lib/search/ranking';

describe('searchTerms', () => {
  it('drops "vs" and "versus" between the things compared', () => {
    expect(searchTerms('PMP vs PRINCE2')).toBe('PMP PRINCE2');
    expect(searchTerms('PMP vs. PRINCE2')).toBe('PMP PRINCE2');
    expect(searchTerms('Project manager VERSUS programme manager')).toBe('Project manager programme manager');
  });

  it('drops the words a question is built from, keeping what it asks about', () => {
    expect(searchTerms('How much does a technical project manager earn?')).toBe('technical project manager earn?');
    expect(searchTerms('Should I get the PMP or PRINCE2 first')).toBe('get PMP PRINCE2 first');
    expect(searchTerms('Can you become a project coordinator without a technical background?')).toBe(
      'become project coordinator without technical background?',
    );
  });

  it('keeps "IT", and words that only contain a dropped one', () => {
    expect(searchTerms('what does an IT project manager do')).toBe('IT project manager');
    expect(searchTerms('canvas versioning')).toBe('canvas versioning');
    expect(searchTerms('domain ownership')).toBe('domain ownership');
  });

  it('searches a query of nothing but such words as typed, spaces tidied', () => {
    expect(searchTerms('  vs  ')).toBe('vs');
    expect(searchTerms('how to')).toBe('how to');
    expect(searchTerms('"Pay figures are cited on every chart"')).toBe('"Pay figures are cited on every chart"');
    expect(searchTerms('  agile   scrum ')).toBe('agile scrum');
  });
});
