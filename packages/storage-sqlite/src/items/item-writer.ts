// Bulk writes of items and their FTS rows, one transaction per batch.
//
// ItemStore.upsertMany and SearchIndex.indexMany both land here, and callers often send the same
// batch to both. Each item is compared with what is stored first: an identical, searchable item
// is left alone (the second call of such a pair costs a lookup per item), and the FTS row, the
// expensive part, is rewritten only when the indexed text (title, text) changed or the item was
// not searchable. Other changes (topics, tone, cluster…) rewrite the items row only.
import type { Item } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { createGroupCommit, type GroupCommit } from './group-commit.ts';
import { ftsRow, itemRow } from './item-rows.ts';
import { mergedWrites } from './merged-writes.ts';

export interface ItemWriter {
  /** Inserts or replaces the items and (re)writes their FTS rows where the indexed text changed. */
  write(items: Item[]): void;
  /** The same, in the connection's shared group-commit transaction (group-commit.ts). */
  writeGrouped(items: Item[]): Promise<void>;
  /** Deletes items; the trigger removes their FTS rows. */
  delete(ids: string[]): void;
  /** Takes items out of search without deleting them from the store. */
  unindex(ids: string[]): void;
}

interface FtsWork {
  seq: number;
  item: Item;
  /** A searchable item whose indexed text changed: its old FTS row goes first. */
  replace: boolean;
}

interface StoredItem {
  seq: number;
  indexed: number;
  doc: string;
}

export function createItemWriter(db: Database, group: GroupCommit = createGroupCommit(db)): ItemWriter {
  const stored = db.prepare('SELECT seq, indexed, doc FROM items WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO items (id, source_id, source_name_key, language, country, domestic,
                       published_at, fetched_at, sort_time, indexed, doc)
    VALUES (@id, @source_id, @source_name_key, @language, @country, @domestic,
            @published_at, @fetched_at, @sort_time, 1, @doc)
    RETURNING seq`);
  const update = db.prepare(`
    UPDATE items SET
      source_id = @source_id, source_name_key = @source_name_key, language = @language,
      country = @country, domestic = @domestic, published_at = @published_at,
      fetched_at = @fetched_at, sort_time = @sort_time, indexed = 1, doc = @doc
    WHERE seq = @seq`);
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

  // The items row; what the FTS table then needs (null: nothing).
  const writeRow = (item: Item): FtsWork | null => {
    const row = itemRow(item);
    const old = stored.get(item.id) as StoredItem | undefined;
    if (!old) return { seq: (insert.get(row) as { seq: number }).seq, item, replace: false };
    if (old.indexed === 1 && old.doc === row.doc) return null;
    update.run({ ...row, seq: old.seq });
    if (old.indexed === 1 && sameIndexedText(JSON.parse(old.doc) as Item, item)) return null;
    // An unindexed item has no FTS row (unindex deleted it); a searchable one has the old text's.
    return { seq: old.seq, item, replace: old.indexed === 1 };
  };
  const writeFts = (work: FtsWork) => {
    if (work.replace) removeFts.run(work.seq);
    insertFts.run({ seq: work.seq, ...ftsRow(work.item) });
  };
  // Every items row first, then every FTS row: a write to `items` (it has triggers) opens a
  // statement savepoint, and FTS5 flushes its pending terms into a new segment at each savepoint,
  // so interleaving them made one FTS5 segment per item instead of one per batch.
  // IMMEDIATE: the batch reads before it writes; taking the write lock first means another
  // process's commit cannot invalidate what was read (a deferred upgrade would fail with BUSY).
  const writeBatch = db.transaction((items: Item[]) => {
    const fts: FtsWork[] = [];
    for (const item of items) {
      const work = writeRow(item);
      if (work) fts.push(work);
    }
    for (const work of fts) writeFts(work);
  });

  return {
    write: (items) => writeBatch.immediate(items),
    writeGrouped: mergedWrites(group, writeBatch),
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

/** The FTS row is a function of these two fields only (ftsRow). */
function sameIndexedText(a: Item, b: Item): boolean {
  return a.title === b.title && a.text === b.text;
}
