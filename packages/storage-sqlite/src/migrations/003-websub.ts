// WebSub subscriptions: one row per (source, hub, topic), found by id from the callback URL, by
// source when a feed answers 304, and by lease end for renewal.
import type { Migration } from './runner.ts';

export const websub: Migration = {
  version: 3,
  name: 'websub',
  sql: `
    CREATE TABLE websub_subscriptions (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL,
      state TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      expires_at INTEGER,
      doc TEXT NOT NULL
    );
    CREATE INDEX websub_by_source ON websub_subscriptions (source_id, requested_at DESC);
    CREATE INDEX websub_by_expiry ON websub_subscriptions (state, expires_at);
  `,
};
