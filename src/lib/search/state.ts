import type { PagefindFilters } from './pagefind-types';

/** What the search page shows, kept in the URL so a search can be shared, reloaded or bookmarked. */
export interface SearchState {
  query: string;
  /** Selected values per Pagefind filter, e.g. `{ type: ['faq'] }`. */
  filters: Record<string, string[]>;
}

/** The URL parameter for the query; every other parameter is a filter name, repeated per value. */
export const QUERY_PARAM = 'q';

export function readState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (name === QUERY_PARAM || value.trim() === '') continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: params.get(QUERY_PARAM)?.trim() ?? '', filters };
}

/** Same shape the page's GET form submits, so a search works the same with or without the script. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set(QUERY_PARAM, state.query);
  for (const name of Object.keys(state.filters).sort()) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  return params;
}

export function toPagefindFilters(filters: SearchState['filters']): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [name, values] of Object.entries(filters)) {
    if (values.length > 0) out[name] = { any: values };
  }
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** Nothing to search for: no words and no filter. */
export function isEmpty(state: SearchState): boolean {
  return state.query === '' && !hasFilters(state);
}
