// Version 6: story clusters and analyst feedback.
//
// clusters          one row per story; doc is the StoryCluster as JSON, the columns are what lists
//                   sort and filter on (recent: last_seen; by size: size, then last_seen).
// cluster_members   one row per clustered item: its cluster, when it was seen, its signature (the
//                   cluster package's bytes) and the member record as JSON.
// cluster_bands     the LSH buckets: a member is filed under each of its band keys with its time, so
//                   a new item's candidates are index range scans over (band_key, seen_at). Every
//                   item writes ~40 rows at random places of this index, so it carries nothing else
//                   (no foreign key, no second index): rows whose member is gone match nothing.
// item_feedback     the append-only feedback log, read per item and, for training, in order.
import type { Migration } from './runner.ts';

export const clustersFeedback: Migration = {
  version: 6,
  name: 'clusters-feedback',
  sql: `
    CREATE TABLE clusters (
      id TEXT PRIMARY KEY,
      first_seen INTEGER NOT NULL,
      last_seen INTEGER NOT NULL,
      size INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    CREATE INDEX clusters_by_last_seen ON clusters (last_seen DESC, id DESC);
    CREATE INDEX clusters_by_size ON clusters (size DESC, last_seen DESC, id DESC);

    CREATE TABLE cluster_members (
      item_id TEXT PRIMARY KEY,
      cluster_id TEXT NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
      seen_at INTEGER NOT NULL,
      signature BLOB NOT NULL,
      doc TEXT NOT NULL
    );
    CREATE INDEX cluster_members_by_cluster ON cluster_members (cluster_id, seen_at, item_id);

    CREATE TABLE cluster_bands (
      band_key INTEGER NOT NULL,
      seen_at INTEGER NOT NULL,
      item_id TEXT NOT NULL,
      PRIMARY KEY (band_key, seen_at, item_id)
    ) WITHOUT ROWID;

    CREATE TABLE item_feedback (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      item_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      topic TEXT,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      note TEXT
    );
    CREATE INDEX item_feedback_by_item ON item_feedback (item_id, seq);
  `,
};
