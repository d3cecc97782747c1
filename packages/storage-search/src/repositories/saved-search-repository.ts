// SavedSearchRepository over the engine: one document per saved search with its owner, creation
// order and feed token hash as fields (a revoked feed: null). Lists are newest first by the
// insertion sequence (microseconds since the epoch) paged with an opaque search_after
// cursor. Writes wait for a refresh: a list or a feed lookup right after a change sees it.
import { InvalidCursorError, type SavedSearch, type SavedSearchRepository } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import {
  type Clause,
  type Collection,
  decodeSortCursor,
  isConflict,
  openCollection,
} from '../collection/index.ts';
import { UniqueConstraintError } from './accounts/constraint-errors.ts';
import { findPage } from './find-page.ts';
import { insertionSeq } from './insertion-seq.ts';

type StoredSearch = Omit<SavedSearch, 'feedEnabled'>;

export interface SavedSearchDoc {
  search: StoredSearch;
  owner_id: string;
  seq: number;
  feed_token_hash: string | null;
}

const CURSOR_TAG = 'saved-searches';
const MAX_PAGE = 1000;

export function savedSearchesCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<SavedSearchDoc> {
  return openCollection<SavedSearchDoc>(client, {
    name: 'saved-searches',
    ...options,
    properties: {
      search: { type: 'object', enabled: false },
      owner_id: { type: 'keyword' },
      seq: { type: 'long' },
      feed_token_hash: { type: 'keyword' },
    },
  });
}

const toSearch = (doc: SavedSearchDoc): SavedSearch => ({
  ...doc.search,
  feedEnabled: doc.feed_token_hash !== null,
});

export function createSavedSearchRepository(searches: Collection<SavedSearchDoc>): SavedSearchRepository {
  const nextSeq = insertionSeq();

  /** Changes a stored search; one that is not there stays absent (as an SQL UPDATE). */
  const change = (id: string, next: (doc: SavedSearchDoc) => SavedSearchDoc) =>
    searches.modify(id, (current) => (current ? next(current) : null));

  const byFeedTokenHash = async (tokenHash: string) => {
    const [hit] = await searches.find({
      filter: { where: [{ term: { feed_token_hash: tokenHash } }] },
      size: 1,
    });
    return hit ?? null;
  };

  return {
    async create(search) {
      const stored: StoredSearch = {
        id: search.id,
        ownerId: search.ownerId,
        name: search.name,
        query: search.query,
        filters: search.filters,
        createdAt: search.createdAt,
        updatedAt: search.updatedAt,
      };
      const doc = { search: stored, owner_id: search.ownerId, seq: nextSeq(), feed_token_hash: null };
      try {
        await searches.put(search.id, doc, { create: true });
      } catch (error) {
        throw isConflict(error) ? new UniqueConstraintError('saved_searches.id') : error;
      }
      return toSearch(doc);
    },
    async get(id) {
      const stored = await searches.get(id);
      return stored ? toSearch(stored.doc) : null;
    },
    async list(options) {
      const where: Clause[] = options.ownerId === undefined ? [] : [{ term: { owner_id: options.ownerId } }];
      const limit = Math.min(Math.max(options.limit, 0), MAX_PAGE);
      const { hits, nextCursor } = await findPage(searches, {
        tag: CURSOR_TAG,
        filter: { where },
        sort: [{ seq: 'desc' }],
        limit,
        cursor: options.cursor,
        decodeCursor,
      });
      return { searches: hits.map((hit) => toSearch(hit.doc)), nextCursor };
    },
    async update(search) {
      await change(search.id, (doc) => ({
        ...doc,
        search: {
          ...doc.search,
          name: search.name,
          query: search.query,
          filters: search.filters,
          updatedAt: search.updatedAt,
        },
      }));
    },
    async delete(id) {
      await searches.delete(id);
    },
    async setFeedTokenHash(id, tokenHash) {
      // As SQLite's UNIQUE column: a hash another search holds is refused. Checked, not locked:
      // hashes of random tokens never collide; this keeps a caller's mistake from going unnoticed.
      const holder = tokenHash === null ? null : await byFeedTokenHash(tokenHash);
      if (holder && holder.id !== id) throw new UniqueConstraintError('saved_searches.feed_token_hash');
      await change(id, (doc) => ({ ...doc, feed_token_hash: tokenHash }));
    },
    async findByFeedTokenHash(tokenHash) {
      const hit = await byFeedTokenHash(tokenHash);
      return hit ? toSearch(hit.doc) : null;
    },
  };
}

/** The sort values of a page's last hit: [seq, id]. */
function decodeCursor(cursor: string): unknown[] {
  const after = decodeSortCursor(CURSOR_TAG, cursor);
  if (after.length !== 2 || !Number.isSafeInteger(after[0]) || typeof after[1] !== 'string') {
    throw new InvalidCursorError('cursor is malformed');
  }
  return after;
}
