// The log in front of the cluster LSH index (migration 12). A new member's band keys go into one
// row appended to cluster_band_log; every `flushAt` members, the log is filed into cluster_bands in
// band-key order and emptied. Candidate lookups read both: the b-tree through SQL, the log through
// an in-memory map of band key → log entries that this connection keeps in step with the table.
//
// Every call runs inside the assign transaction, which holds the write lock, so the table cannot
// change under a sync. What other connections did since is found by seq (the log is append-only
// between flushes; a flush moves cluster_band_flush.through_seq); what this connection appended in
// a transaction that rolled back is found because the last entry the map holds is no longer in the
// table (rolled-back rows are always the newest), and then the map is read again from the table.
import type { Database } from 'better-sqlite3';

/** Members per flush: ~43 band rows each, so a flush files ~44,000 rows in one sorted pass. */
export const DEFAULT_BAND_FLUSH_AT = 1024;

interface LogEntry {
  seq: number;
  seenAt: number;
  itemId: string;
}

interface LogRow {
  seq: number;
  seen_at: number;
  item_id: string;
  band_keys: string;
}

export interface ClusterBandLog {
  /** Item ids of logged members that share a band key and were seen in [from, to]. */
  logged(bandKeys: readonly number[], from: number, to: number): string[];
  /** Logs a new member (its keys also as the JSON array stored), flushing when the log is full. */
  append(seenAt: number, itemId: string, bandKeys: readonly number[], bandKeysJson: string): void;
  /** After a failed transaction: read the log again from the table at the next call. */
  forget(): void;
}

export function createClusterBandLog(db: Database, flushAt = DEFAULT_BAND_FLUSH_AT): ClusterBandLog {
  const statements = {
    through: db.prepare('SELECT through_seq FROM cluster_band_flush WHERE id = 1').pluck(),
    from: db.prepare(
      'SELECT seq, seen_at, item_id, band_keys FROM cluster_band_log WHERE seq >= ? ORDER BY seq',
    ),
    append: db.prepare('INSERT INTO cluster_band_log (seen_at, item_id, band_keys) VALUES (?, ?, ?)'),
    file: db.prepare(`
      INSERT OR IGNORE INTO cluster_bands (band_key, seen_at, item_id)
      SELECT k.value, l.seen_at, l.item_id FROM cluster_band_log l, json_each(l.band_keys) k
      WHERE l.seq <= ? ORDER BY 1, 2, 3`),
    drop: db.prepare('DELETE FROM cluster_band_log WHERE seq <= ?'),
    setThrough: db.prepare('UPDATE cluster_band_flush SET through_seq = ? WHERE id = 1'),
  };
  let through = -1; // -1: not read yet
  let entries: LogEntry[] = [];
  let byKey = new Map<number, LogEntry[]>();

  const clear = (flushedThrough: number) => {
    through = flushedThrough;
    entries = [];
    byKey = new Map();
  };
  const add = (entry: LogEntry, keys: readonly number[]) => {
    entries.push(entry);
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  };
  const addRows = (rows: LogRow[]) => {
    for (const row of rows) {
      add({ seq: row.seq, seenAt: row.seen_at, itemId: row.item_id }, JSON.parse(row.band_keys) as number[]);
    }
  };

  /** Brings the map in step with the table: a flush elsewhere, rows appended elsewhere, a rollback. */
  const sync = () => {
    const flushedThrough = statements.through.get() as number;
    if (flushedThrough !== through) clear(flushedThrough);
    const last = entries.at(-1);
    if (!last) {
      addRows(statements.from.all(through + 1) as LogRow[]);
      return;
    }
    const rows = statements.from.all(last.seq) as LogRow[];
    if (rows[0]?.seq === last.seq && rows[0].item_id === last.itemId) {
      addRows(rows.slice(1));
      return;
    }
    clear(flushedThrough);
    addRows(statements.from.all(through + 1) as LogRow[]);
  };

  const flush = (upTo: number) => {
    statements.file.run(upTo);
    statements.drop.run(upTo);
    statements.setThrough.run(upTo);
    clear(upTo);
  };

  return {
    logged(bandKeys, from, to) {
      sync();
      const found = new Set<string>();
      for (const key of bandKeys) {
        for (const entry of byKey.get(key) ?? []) {
          if (entry.seenAt >= from && entry.seenAt <= to) found.add(entry.itemId);
        }
      }
      return [...found];
    },
    append(seenAt, itemId, bandKeys, bandKeysJson) {
      const seq = Number(statements.append.run(seenAt, itemId, bandKeysJson).lastInsertRowid);
      add({ seq, seenAt, itemId }, bandKeys);
      if (entries.length >= flushAt) flush(seq);
    },
    forget() {
      through = -1;
    },
  };
}
