// Version 4: people and their access: users (with their credentials), login sessions (stored by
// the hash of their id), the audit log, API token owners, and saved searches with feed tokens.
import type { Migration } from './runner.ts';

export const accounts: Migration = {
  version: 4,
  name: 'accounts',
  sql: `
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      email TEXT,
      role TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      locale TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      failed_logins INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT
    );

    CREATE TABLE sessions (
      id_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE INDEX sessions_by_expiry ON sessions (expires_at);

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      details TEXT
    );
    CREATE INDEX audit_by_actor ON audit_log (actor, seq);
    CREATE INDEX audit_by_action ON audit_log (action, seq);

    CREATE TABLE api_token_owners (
      token_id TEXT PRIMARY KEY REFERENCES api_tokens (id) ON DELETE CASCADE,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE
    );
    CREATE INDEX api_token_owners_by_user ON api_token_owners (user_id);

    CREATE TABLE saved_searches (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      owner_id TEXT NOT NULL,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      filters TEXT NOT NULL,
      feed_token_hash TEXT UNIQUE,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX saved_searches_by_owner ON saved_searches (owner_id, seq);
  `,
};
