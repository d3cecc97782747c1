// Bulk writes of items and their FTS rows, one transaction per batch.
import type { Item } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { ftsRow, itemRow } from './item-rows.ts';

export interface ItemWriter {
  /** Inserts or replaces the items and (re)writes their FTS rows. */
  write(items: Item[]): void;
  /** Deletes items; the trigger removes their FTS rows. */
  delete(ids: string[]): void;
  /** Takes items out of search without deleting them from the store. */
  unindex(ids: string[]): void;
}

export function createItemWriter(db: Database): ItemWriter {
  const upsert = db.prepare(`
    INSERT INTO items (id, source_id, source_name_key, language, country, domestic,
                       published_at, fetched_at, sort_time, indexed, doc)
    VALUES (@id, @source_id, @source_name_key, @language, @country, @domestic,
            @published_at, @fetched_at, @sort_time, 1, @doc)
    ON CONFLICT (id) DO UPDATE SET
      source_id = excluded.source_id, source_name_key = excluded.source_name_key,
      language = excluded.language, country = excluded.country, domestic = excluded.domestic,
      published_at = excluded.published_at, fetched_at = excluded.fetched_at,
      sort_time = excluded.sort_time, indexed = 1, doc = excluded.doc
    RETURNING seq`);
  const removeFts = db.prepare('DELETE FROM items_fts WHERE rowid = ?');
  const insertFts = db.prepare(`
    INSERT INTO items_fts (rowid, title, text, title_folded, text_folded)
    VALUES (@seq, @title, @text, @title_folded, @text_folded)`);
  const deleteItems = db.prepare('DELETE FROM items WHERE id IN (SELECT value FROM json_each(?))');
  const unindexFts = db.prepare(
    'DELETE FROM items_fts WHERE rowid IN (SELECT seq FROM items WHERE id IN (SELECT value FROM json_each(?)))',
  );
  const markUnindexed = db.prepare(
    'UPDATE items SET indexed = 0 WHERE id IN (SELECT value FROM json_each(?))',
  );

  return {
    write: db.transaction((items: Item[]) => {
      for (const item of items) {
        const { seq } = upsert.get(itemRow(item)) as { seq: number };
        removeFts.run(seq);
        insertFts.run({ seq, ...ftsRow(item) });
      }
    }),
    delete: (ids) => {
      deleteItems.run(JSON.stringify(ids));
    },
    unindex: db.transaction((ids: string[]) => {
      const list = JSON.stringify(ids);
      unindexFts.run(list);
      markUnindexed.run(list);
    }),
  };
}
