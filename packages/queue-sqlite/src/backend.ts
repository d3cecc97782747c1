// The embedded queue backend: one SQLite file holds every queue's jobs. Workers poll it, and an
// enqueue in the same process wakes them at once, so latency stays low without a busy loop.
// Several processes may open the same file; a dead process's jobs come back when their lease
// expires. The job-row writes of one event-loop turn share one transaction (write-batch.ts).
import type { JobHandler, QueueBackend, QueueDefinition, WorkerOptions } from '@presswatch/domain';
import { errorMessage } from '@presswatch/domain';
import { JobStore } from './job-store.ts';
import { consoleLogger, type QueueLogger } from './logger.ts';
import { openQueueDatabase } from './schema.ts';
import { SqliteJobQueue } from './sqlite-job-queue.ts';
import { SqliteQueueWorker } from './sqlite-worker.ts';
import { createWriteBatch } from './write-batch.ts';

export interface SqliteQueueOptions {
  /** The database file; created if missing. */
  path: string;
  /** How often an idle worker looks for due jobs (delayed jobs, other processes' enqueues). */
  pollIntervalMs?: number;
  /** How long a claimed job stays a worker's without a heartbeat; a dead worker's jobs wait this long. */
  leaseMs?: number;
  /** Completed and failed jobs are kept this long, so their ids stay idempotent. */
  retentionMs?: number;
  /** Used by worker.close() when no deadline is given. */
  defaultCloseDeadlineMs?: number;
  logger?: QueueLogger;
}

const DEFAULTS = {
  pollIntervalMs: 100,
  leaseMs: 30_000,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  defaultCloseDeadlineMs: 30_000,
};
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const PRUNE_BATCH = 1_000;

export function openSqliteQueueBackend(options: SqliteQueueOptions): QueueBackend {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const logger = options.logger ?? consoleLogger;
  const db = openQueueDatabase(options.path);
  const store = new JobStore(db);
  const writes = createWriteBatch(db);
  const workers = new Set<SqliteQueueWorker<unknown>>();
  let lastPrune = 0;

  const wake = (queue: string) => {
    for (const worker of workers) if (worker.queue === queue) worker.wake();
  };

  // Opportunistic: at most every PRUNE_EVERY_MS, from whichever worker polls first.
  const prune = () => {
    const now = Date.now();
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    try {
      store.prune(now - settings.retentionMs, PRUNE_BATCH);
    } catch (error) {
      logger.warn({ err: errorMessage(error) }, 'pruning finished jobs failed');
    }
  };

  return {
    kind: 'sqlite',
    queue<P>(definition: QueueDefinition<P>) {
      return new SqliteJobQueue(definition, store, writes, wake);
    },
    work<P>(definition: QueueDefinition<P>, handler: JobHandler<P>, workerOptions: WorkerOptions) {
      const worker: SqliteQueueWorker<P> = new SqliteQueueWorker(
        { store, writes, definition, handler, logger },
        {
          concurrency: workerOptions.concurrency,
          pollIntervalMs: settings.pollIntervalMs,
          leaseMs: settings.leaseMs,
          defaultDeadlineMs: settings.defaultCloseDeadlineMs,
          onPoll: prune,
        },
        () => workers.delete(worker as SqliteQueueWorker<unknown>),
      );
      workers.add(worker as SqliteQueueWorker<unknown>);
      return worker;
    },
    async ping() {
      try {
        return db.open && db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    async close() {
      // Workers should be closed first; any left are given a zero deadline so none touches a
      // closed database. Then the writes still waiting for their batch commit (enqueues made
      // during close), and later ones are refused.
      await Promise.all([...workers].map((worker) => worker.close({ deadlineMs: 0 })));
      writes.close();
      if (db.open) db.close();
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
