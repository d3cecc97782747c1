// Group commit: writes that concurrent jobs ask for in the same turn of the event loop share one
// SQLite transaction. A commit is the expensive part of a small write (FTS5 flushes its pending
// terms into a new segment, WAL frames are written for every page the transaction dirtied, the
// cluster LSH index dirties ~40 b-tree pages per item): four process jobs writing their clusters
// and items in one transaction pay for one commit instead of four.
//
// Each task runs inside its own savepoint, so a task that throws rolls back only its own writes
// and rejects only its own promise. Promises resolve after COMMIT returned: a caller that awaits
// its write (and then completes its queue job) knows the write is durable. If the commit itself
// fails, every task of the batch is rejected and nothing of it was written.
import { createTurnBatch, type TaskOutcome } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

export interface GroupCommit {
  /** Runs `task` (synchronous SQLite work) in the next shared transaction; resolves once committed. */
  run<T>(task: () => T): Promise<T>;
  /** Runs the waiting tasks now (before the connection closes). */
  flush(): void;
}

/** `maxTasks` (default 64) caps one transaction; more waiting tasks go into the next one. */
export function createGroupCommit(db: Database, options: { maxTasks?: number } = {}): GroupCommit {
  // Nested in the batch transaction, better-sqlite3 runs this as SAVEPOINT … RELEASE.
  const inSavepoint = db.transaction((task: () => unknown) => task());
  const runBatch = db.transaction((tasks: (() => unknown)[]): TaskOutcome[] =>
    tasks.map((task) => {
      try {
        return { ok: true, value: inSavepoint(task) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  // IMMEDIATE: tasks read before they write; take the write lock first (see item-writer.ts).
  const batch = createTurnBatch(
    (tasks: (() => unknown)[]) => runBatch.immediate(tasks),
    options.maxTasks ?? 64,
  );
  return {
    run: <T>(task: () => T) => batch.run(task) as Promise<T>,
    flush: batch.flush,
  };
}
