import { describe, expect, it } from 'vitest';
import { hasFilters, isEmpty, readState, toPagefindFilters, writeState } from '../../../../src/lib/search/state';

describe('readState', () => {
  it('reads the words and every repeated filter value from the URL', () => {
    const state = readState(new URLSearchParams('q=+find+a+mentor+&type=faq&type=guide&track=IT+project+management'));
    expect(state).toEqual({ query: 'find a mentor', filters: { type: ['faq', 'guide'], track: ['IT project management'] } });
  });

  it('drops empty and repeated values', () => {
    expect(readState(new URLSearchParams('q=&type=&type=faq&type=faq'))).toEqual({ query: '', filters: { type: ['faq'] } });
  });
});

describe('writeState', () => {
  it('writes what readState reads, in a stable order', () => {
    const state = { query: 'pmp', filters: { type: ['faq', 'role'], track: ['Project management'] } };
    const params = writeState(state);
    expect(params.toString()).toBe('q=pmp&track=Project+management&type=faq&type=role');
    expect(readState(params)).toEqual(state);
  });

  it('leaves out an empty query and empty filters', () => {
    expect(writeState({ query: '', filters: { type: [] } }).toString()).toBe('');
  });
});

describe('toPagefindFilters', () => {
  it('matches any of the values within a filter', () => {
    expect(toPagefindFilters({ type: ['faq', 'guide'], track: [] })).toEqual({ type: { any: ['faq', 'guide'] } });
  });
});

describe('isEmpty and hasFilters', () => {
  it('treats a filter alone as something to search for', () => {
    expect(isEmpty({ query: '', filters: {} })).toBe(true);
    expect(isEmpty({ query: '', filters: { type: [] } })).toBe(true);
    expect(isEmpty({ query: '', filters: { type: ['faq'] } })).toBe(false);
    expect(hasFilters({ query: 'x', filters: { type: ['faq'] } })).toBe(true);
    expect(isEmpty({ query: 'x', filters: {} })).toBe(false);
  });
});
