// The item store and search index port. The SQLite adapter (FTS5) is the embedded default; the
// search-engine adapter of the distributed mode implements the same contract
// (tests/contracts/item-store.contract.ts): bulk writes, cursor pagination, facets, highlights.
import type { Item } from '../model.ts';
import type { QueryNode } from '../query.ts';

export interface ItemStore {
  /** Insert or replace, in one batch. */
  upsertMany(items: Item[]): Promise<void>;
  get(id: string): Promise<Item | null>;
  /** Ids among `ids` that are stored already (seen-URL dedupe before fetching). */
  existing(ids: string[]): Promise<Set<string>>;
  delete(ids: string[]): Promise<void>;
  count(): Promise<number>;
}

export const FACET_FIELDS = ['source', 'language', 'country', 'domestic'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface SearchFilters {
  sourceIds?: string[];
  languages?: string[];
  countries?: string[];
  domestic?: boolean;
  /** Inclusive ISO timestamps on publishedAt (fetchedAt when unknown). */
  from?: string;
  to?: string;
}

export interface SearchRequest {
  query: QueryNode | null;
  filters?: SearchFilters;
  /** time: newest first; relevance: best first, then newest. Default time. */
  sort?: 'time' | 'relevance';
  limit: number;
  /** Opaque, from a previous result's nextCursor with the same query, filters and sort. */
  cursor?: string | null;
  facets?: FacetField[];
  highlight?: boolean;
}

export interface SearchHit {
  item: Item;
  score: number | null;
  /** Fragments with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  highlights: { title?: string; text?: string } | null;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  nextCursor: string | null;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
}

export interface SearchIndex {
  /** Index (or re-index) items in one batch. */
  indexMany(items: Item[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
}
