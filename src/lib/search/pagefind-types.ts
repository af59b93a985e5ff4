/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) this site uses. Pagefind ships no
 * importable types for the generated bundle, so these mirror its documented shapes.
 */
import type { PagefindRanking } from './ranking';

export type FilterCounts = Record<string, Record<string, number>>;

/** `{ type: { any: ['faq', 'guide'] } }`: any of the values within a filter, all filters together. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options: (options: { excerptLength?: number; baseUrl?: string; basePath?: string; ranking?: PagefindRanking }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearchResponse | null>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
}
