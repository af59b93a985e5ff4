import type { GlossaryEntry } from './schema';

export interface GlossaryTerm extends GlossaryEntry {
  id: string;
}

/** schema.org DefinedTermSet for the glossary page; each term points at its anchor on the page. */
export function definedTermSetJsonLd(terms: readonly GlossaryTerm[], url: string, name: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name,
    url,
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${url}#${t.id}`,
      name: t.term,
      description: t.definition,
      termCode: t.id,
      inDefinedTermSet: url,
      url: `${url}#${t.id}`,
    })),
  };
}

/** Terms in reading order: alphabetical by the term as shown, ignoring case. */
export function sortTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
