// Version 12: the cluster LSH index gets a write-ahead log.
//
// cluster_band_log    members not yet filed in cluster_bands: one row per member (its ~43 band
//                     keys as a JSON array), appended in seq order, so a member costs one row at
//                     the end of a small table instead of ~43 rows at random pages of a large one
//                     (those were over half of the WAL frames ingest wrote). AUTOINCREMENT: a seq
//                     is never reused after a flush deleted the rows before it.
// cluster_band_flush  one row: every member up to through_seq is in cluster_bands. A flush files
//                     a batch of log rows in band-key order (each b-tree page written once per
//                     batch, not once per row) and deletes them, in the transaction of an assign.
import type { Migration } from './runner.ts';

export const clusterBandLog: Migration = {
  version: 12,
  name: 'cluster-band-log',
  sql: `
    CREATE TABLE cluster_band_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      seen_at INTEGER NOT NULL,
      item_id TEXT NOT NULL,
      band_keys TEXT NOT NULL
    );
    CREATE TABLE cluster_band_flush (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      through_seq INTEGER NOT NULL
    );
    INSERT INTO cluster_band_flush (id, through_seq) VALUES (1, 0);
  `,
};
