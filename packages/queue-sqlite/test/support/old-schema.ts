// The queue.db schema before partial indexes (user_version 0): full indexes over every row.
// Written out here so the upgrade test can build such a file by hand.
import Database from 'better-sqlite3';

const OLD_DDL = `
CREATE TABLE jobs (
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
CREATE INDEX jobs_due ON jobs (queue, state, priority, run_at);
CREATE INDEX jobs_lease ON jobs (queue, state, lease_expires_at);
CREATE INDEX jobs_finished ON jobs (state, finished_at);
`;

export interface OldJob {
  id: string;
  state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';
  runAt: number;
  attempts?: number;
  leaseExpiresAt?: number;
  finishedAt?: number;
}

/** Creates a WAL-mode queue.db the way earlier versions did, holding `jobs` of queue `queue`. */
export function createOldQueueFile(path: string, queue: string, jobs: OldJob[]): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(OLD_DDL);
  const insert = db.prepare(`INSERT INTO jobs (queue, id, payload, state, attempts, max_attempts, run_at,
      lease_owner, lease_expires_at, finished_at, created_at, updated_at)
    VALUES (@queue, @id, @payload, @state, @attempts, 3, @runAt, @owner, @leaseExpiresAt, @finishedAt, 0, 0)`);
  for (const job of jobs) {
    insert.run({
      queue,
      id: job.id,
      payload: JSON.stringify({ documentId: job.id }),
      state: job.state,
      attempts: job.attempts ?? 0,
      runAt: job.runAt,
      owner: job.state === 'active' ? 'a-dead-worker' : null,
      leaseExpiresAt: job.leaseExpiresAt ?? null,
      finishedAt: job.finishedAt ?? null,
    });
  }
  db.close();
}

/** name → CREATE INDEX sql of the jobs table's own indexes (not the unique key's). */
export function jobIndexes(db: Database.Database): Record<string, string> {
  const rows = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs' AND sql IS NOT NULL",
    )
    .all() as Array<{ name: string; sql: string }>;
  return Object.fromEntries(rows.map((row) => [row.name, row.sql]));
}
