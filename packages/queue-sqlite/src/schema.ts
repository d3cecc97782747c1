// Opens the queue database and creates its one table. Several processes may share the file:
// WAL lets readers and the single writer work at once, busy_timeout makes a writer wait for the
// lock instead of failing.
import Database from 'better-sqlite3';

const DDL = `
CREATE TABLE IF NOT EXISTS jobs (
  seq              INTEGER PRIMARY KEY,
  queue            TEXT    NOT NULL,
  id               TEXT    NOT NULL,
  payload          TEXT    NOT NULL,
  state            TEXT    NOT NULL
                   CHECK (state IN ('waiting', 'delayed', 'active', 'completed', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL,
  run_at           INTEGER NOT NULL,
  priority         INTEGER NOT NULL DEFAULT 0,
  lease_owner      TEXT,
  lease_expires_at INTEGER,
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  finished_at      INTEGER,
  UNIQUE (queue, id)
);
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (queue, state, priority, run_at);
CREATE INDEX IF NOT EXISTS jobs_lease ON jobs (queue, state, lease_expires_at);
CREATE INDEX IF NOT EXISTS jobs_finished ON jobs (state, finished_at);
`;

export function openQueueDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // NORMAL in WAL mode survives a process crash; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  // Statement and savepoint journals in memory, not in /var/tmp files (they are small here).
  db.pragma('temp_store = MEMORY');
  db.exec(DDL);
  return db;
}
