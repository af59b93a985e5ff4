import { describe, expect, it } from 'vitest';
import { filterLegend, filterValueLabel, sortFilterNames, sortFilterValues, typeLabel } from '../../../../src/lib/search/labels';

describe('labels', () => {
  it('names types in the singular on results and in the plural on filters', () => {
    expect(typeLabel('faq')).toBe('FAQ');
    expect(filterValueLabel('type', 'faq')).toBe('FAQs');
    expect(typeLabel('pay')).toBe('Pay and outlook');
    expect(filterValueLabel('type', 'pay')).toBe('Pay and outlook');
    expect(typeLabel('glossary')).toBe('Glossary');
    expect(typeLabel('skill')).toBe('Skill');
  });

  it('never calls a result a "Page"', () => {
    for (const type of [undefined, '', 'guide', 'role', 'faq', 'pay', 'skill', 'glossary', 'ladder', 'compare', 'plan']) {
      expect(typeLabel(type)).not.toMatch(/^pages?$/i);
    }
    expect(typeLabel(undefined)).toBe(typeLabel(''));
  });

  it('shows other filter values as written', () => {
    expect(filterValueLabel('track', 'IT project management')).toBe('IT project management');
    expect(filterLegend('track')).toBe('Track');
    expect(filterLegend('level')).toBe('Level');
  });

  it('orders filter groups type, track, then alphabetically', () => {
    expect(sortFilterNames(['zeta', 'track', 'alpha', 'type'])).toEqual(['type', 'track', 'alpha', 'zeta']);
  });

  it('orders types the site’s way and other values alphabetically', () => {
    expect(sortFilterValues('type', ['compare', 'pay', 'faq', 'other', 'guide', 'role'])).toEqual([
      'guide',
      'role',
      'faq',
      'pay',
      'compare',
      'other',
    ]);
    expect(sortFilterValues('track', ['Technical program management', 'IT project management'])).toEqual([
      'IT project management',
      'Technical program management',
    ]);
  });
});
