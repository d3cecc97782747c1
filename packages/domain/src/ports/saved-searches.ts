// Saved searches: a query in the query language plus filters, owned by a user, with an optional
// Atom feed reachable at a tokenised URL (the token is stored only as a hash).
import type { SearchFilters } from './search.ts';

/** Filters kept with a saved search; the time window is the reader's, not the search's. */
export type SavedSearchFilters = Omit<SearchFilters, 'from' | 'to'>;

export interface SavedSearch {
  id: string;
  /** A user id, or "token:<id>" for a search saved through an ownerless API token. */
  ownerId: string;
  name: string;
  /** Query-language text as typed; parsed again on every use. */
  query: string;
  filters: SavedSearchFilters;
  /** True while a feed token exists (the token itself is shown once, when issued). */
  feedEnabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SavedSearchRepository {
  create(search: Omit<SavedSearch, 'feedEnabled'>): Promise<SavedSearch>;
  get(id: string): Promise<SavedSearch | null>;
  /** Newest first; every owner when `ownerId` is absent. */
  list(options: { ownerId?: string; limit: number; cursor?: string | null }): Promise<{
    searches: SavedSearch[];
    nextCursor: string | null;
  }>;
  /** Updates name, query and filters (and updatedAt). */
  update(search: Omit<SavedSearch, 'feedEnabled' | 'createdAt'>): Promise<void>;
  delete(id: string): Promise<void>;
  /** Replaces the feed token (null revokes it). */
  setFeedTokenHash(id: string, tokenHash: string | null): Promise<void>;
  findByFeedTokenHash(tokenHash: string): Promise<SavedSearch | null>;
}
