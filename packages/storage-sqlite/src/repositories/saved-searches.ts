// SavedSearchRepository: saved queries with filters (JSON), newest first, and their feed token
// hashes (a revoked feed is a NULL hash; the UNIQUE index finds a feed by its token in one step).
import type { SavedSearch, SavedSearchFilters, SavedSearchRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { decodeSeqCursor, pageOf } from './seq-cursor.ts';

interface SavedSearchRow {
  seq: number;
  id: string;
  owner_id: string;
  name: string;
  query: string;
  filters: string;
  has_feed: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `seq, id, owner_id, name, query, filters, feed_token_hash IS NOT NULL AS has_feed,
  created_at, updated_at`;

const toSearch = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  query: row.query,
  filters: JSON.parse(row.filters) as SavedSearchFilters,
  feedEnabled: row.has_feed === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createSavedSearchRepository(db: Database): SavedSearchRepository {
  const insert = db.prepare(`
    INSERT INTO saved_searches (id, owner_id, name, query, filters, created_at, updated_at)
    VALUES (@id, @ownerId, @name, @query, @filters, @createdAt, @updatedAt) RETURNING ${COLUMNS}`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`);
  const list = db.prepare(`
    SELECT ${COLUMNS} FROM saved_searches
    WHERE (@owner IS NULL OR owner_id = @owner) AND (@before IS NULL OR seq < @before)
    ORDER BY seq DESC LIMIT @limit`);
  const update = db.prepare(`
    UPDATE saved_searches SET name = @name, query = @query, filters = @filters, updated_at = @updatedAt
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM saved_searches WHERE id = ?');
  const setFeed = db.prepare('UPDATE saved_searches SET feed_token_hash = ? WHERE id = ?');
  const byFeed = db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE feed_token_hash = ?`);

  return {
    async create(search) {
      const row = insert.get({ ...search, filters: JSON.stringify(search.filters) }) as SavedSearchRow;
      return toSearch(row);
    },
    async get(id) {
      const row = byId.get(id) as SavedSearchRow | undefined;
      return row ? toSearch(row) : null;
    },
    async list(options) {
      const rows = list.all({
        owner: options.ownerId ?? null,
        before: options.cursor ? decodeSeqCursor(options.cursor) : null,
        limit: options.limit + 1,
      }) as SavedSearchRow[];
      const page = pageOf(rows, options.limit);
      return { searches: page.rows.map(toSearch), nextCursor: page.nextCursor };
    },
    async update(search) {
      update.run({
        id: search.id,
        name: search.name,
        query: search.query,
        filters: JSON.stringify(search.filters),
        updatedAt: search.updatedAt,
      });
    },
    async delete(id) {
      remove.run(id);
    },
    async setFeedTokenHash(id, tokenHash) {
      setFeed.run(tokenHash, id);
    },
    async findByFeedTokenHash(tokenHash) {
      const row = byFeed.get(tokenHash) as SavedSearchRow | undefined;
      return row ? toSearch(row) : null;
    },
  };
}
