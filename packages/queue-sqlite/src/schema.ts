// Opens the queue database and creates its one table. Several processes may share the file:
// WAL lets readers and the single writer work at once, busy_timeout makes a writer wait for the
// lock instead of failing.
//
// The secondary indexes are partial: each holds only the rows in the states whose queries use
// it, so a job's state change writes at most one entry out and one in instead of rewriting all
// three (a job lifecycle writes about half the WAL frames). A query uses a partial index only
// when its WHERE repeats the index's predicate word for word, so job-store.ts builds its queries
// from the same predicates exported here.
import Database from 'better-sqlite3';

/** Rows the due index holds: the jobs a worker may claim once their run_at has come. */
export const DUE = "state IN ('waiting', 'delayed')";
/** Rows the lease index holds: claimed jobs, found again by lease expiry. */
export const LEASED = "state = 'active'";
/** Rows the finished index holds: kept for retention, then pruned. */
export const FINISHED = "state IN ('completed', 'failed')";

const TABLE = `
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
);`;

// state is the due index's last column so that counting waiting and delayed jobs reads the index
// alone (pickDue orders by it, see job-store.ts). The crawler's back-pressure check, every second,
// reads depth(): the due and lease indexes only. The finished index leads with queue and state for
// counts() (metrics, tests); prune, which runs every ten minutes across queues, scans that index
// (not the table) for rows past retention.
const INDEXES = `
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (queue, priority, run_at, state) WHERE ${DUE};
CREATE INDEX IF NOT EXISTS jobs_lease ON jobs (queue, lease_expires_at) WHERE ${LEASED};
CREATE INDEX IF NOT EXISTS jobs_finished ON jobs (queue, state, finished_at) WHERE ${FINISHED};`;

/** Files at user_version 0 have the full (non-partial) indexes of the same names. */
const SCHEMA_VERSION = 1;
const OLD_INDEXES = ['jobs_due', 'jobs_lease', 'jobs_finished'];

export function openQueueDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  // Statement and savepoint journals in memory, not in /var/tmp files (they are small here).
  db.pragma('temp_store = MEMORY');
  ensureSchema(db);
  return db;
}

/**
 * Creates the table and indexes of a new file, or upgrades an older file's indexes, in one
 * IMMEDIATE transaction. The version is read again under the write lock, so when two processes
 * open the file at once the second one finds the work done and changes nothing.
 */
function ensureSchema(db: Database.Database): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  // Up to date: no write lock taken at all (every process opening the file comes through here).
  if (version() >= SCHEMA_VERSION) return;
  const upgrade = db.transaction(() => {
    if (version() >= SCHEMA_VERSION) return;
    db.exec(TABLE);
    for (const name of OLD_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
    db.exec(INDEXES);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  upgrade.immediate();
}
