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
import type { Database } from 'better-sqlite3';

export interface GroupCommit {
  /** Runs `task` (synchronous SQLite work) in the next shared transaction; resolves once committed. */
  run<T>(task: () => T): Promise<T>;
  /** Runs the waiting tasks now (before the connection closes). */
  flush(): void;
}

interface Waiting {
  task: () => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** `maxTasks` (default 64) caps one transaction; more waiting tasks go into the next one. */
export function createGroupCommit(db: Database, options: { maxTasks?: number } = {}): GroupCommit {
  const maxTasks = options.maxTasks ?? 64;
  let waiting: Waiting[] = [];
  let scheduled = false;
  // Nested in the batch transaction, better-sqlite3 runs this as SAVEPOINT … RELEASE.
  const inSavepoint = db.transaction((task: () => unknown) => task());
  const runBatch = db.transaction((batch: Waiting[]): Outcome[] =>
    batch.map((entry) => {
      try {
        return { ok: true, value: inSavepoint(entry.task) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  const commit = (batch: Waiting[]) => {
    let outcomes: Outcome[];
    try {
      // IMMEDIATE: tasks read before they write; take the write lock first (see item-writer.ts).
      outcomes = runBatch.immediate(batch);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    batch.forEach((entry, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  };

  const flush = () => {
    scheduled = false;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxTasks);
      waiting = waiting.slice(maxTasks);
      commit(batch);
    }
  };

  return {
    run<T>(task: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ task, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
