// Group commit for queue.db: the job-row writes asked for in one turn of the event loop (enqueues,
// claims, job outcomes) run in one BEGIN IMMEDIATE … COMMIT. Each commit writes every b-tree page
// it dirtied (the row's page plus the index pages its state change touched) to the WAL, so N
// writes of a turn cost one set of pages and one commit instead of N.
//
// Every write is one SQL statement, or a nested db.transaction (which better-sqlite3 runs as a
// savepoint), so a write that throws has already undone its own changes and the batch goes on:
// a plain try/catch per write rejects only that caller, without a savepoint around each one. The
// exception is an error after which SQLite rolled back the whole transaction (disk full, I/O
// error): then nothing of the batch is written and every caller of it is rejected. Promises
// resolve after COMMIT returned, so whoever awaits a write knows it is durable.
import { createTurnBatch, type TaskOutcome } from '@presswatch/domain';
import type Database from 'better-sqlite3';

export interface WriteBatch {
  /** Runs `write` (synchronous SQLite work) in the next shared transaction; resolves once committed. */
  run<T>(write: () => T): Promise<T>;
  /** Commits the waiting writes now, then refuses new ones (before the database closes). */
  close(): void;
}

/** Caps one transaction, so the write lock is never held long; the rest goes in the next one. */
const MAX_WRITES = 256;

export function createWriteBatch(db: Database.Database): WriteBatch {
  let closed = false;
  const runAll = db.transaction((writes: (() => unknown)[]): TaskOutcome[] =>
    writes.map((write) => {
      try {
        return { ok: true, value: write() };
      } catch (error) {
        // SQLite rolled the whole transaction back: the earlier writes are gone too.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );
  // IMMEDIATE: claims read before they write; take the write lock before the first read.
  const batch = createTurnBatch((writes: (() => unknown)[]) => runAll.immediate(writes), MAX_WRITES);
  return {
    run<T>(write: () => T): Promise<T> {
      if (closed) return Promise.reject(new Error('the SQLite queue is closed'));
      return batch.run(write) as Promise<T>;
    },
    close() {
      batch.flush();
      closed = true;
    },
  };
}
