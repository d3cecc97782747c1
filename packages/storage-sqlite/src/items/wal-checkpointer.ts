// WAL checkpoints on a thread of their own. By default SQLite checkpoints inside the commit that
// pushes the WAL past 1,000 pages: under ingest (FTS5 segments, ~43 LSH band rows per item in
// random b-tree pages) that is every few dozen items, and each checkpoint copies ~4 MB into the
// database file and syncs it on the thread that committed, i.e. the main thread that also runs
// the queues. Here the main connection turns its automatic checkpoints off and a worker thread with
// its own connection runs PASSIVE checkpoints every `intervalMs` (they never wait for locks and
// never block a writer), so that work lands on another core.
//
// If the thread fails (cannot open the file, crashes), the main connection checkpoints on its
// own again. stop() is synchronous, like close(): the thread finishes the checkpoint in hand,
// closes its connection and the caller then closes the main one (the last connection to close
// folds the WAL back into the file).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

export interface WalCheckpointer {
  /** Stops the thread and gives checkpoints back to the main connection. */
  stop(): void;
}

export interface WalCheckpointerOptions {
  /** Between two checkpoints; default 250 ms. */
  intervalMs?: number;
  /** How long stop() waits for the thread's last checkpoint; default 10 s, then it is terminated. */
  stopTimeoutMs?: number;
}

/** SQLite's own default, restored when the thread is gone. */
const INLINE_AUTOCHECKPOINT_PAGES = 1000;

// Plain CommonJS so the thread needs no TypeScript loader. state[0]: 1 = stop asked;
// state[1]: 1 = the thread's connection is closed.
const THREAD = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const state = new Int32Array(workerData.state);
let db = null;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  while (Atomics.load(state, 0) === 0) {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
    Atomics.wait(state, 0, 0, workerData.intervalMs);
  }
} finally {
  db?.close();
  Atomics.store(state, 1, 1);
  Atomics.notify(state, 1);
}
`;

/** Starts checkpointing `db`'s WAL on a thread; `db` stops checkpointing on commit. */
export function startWalCheckpointer(db: Database, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      path: db.name,
      state: state.buffer,
      intervalMs: options.intervalMs ?? 250,
    },
  });
  const inline = () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_AUTOCHECKPOINT_PAGES}`);
  };
  db.pragma('wal_autocheckpoint = 0');
  worker.on('error', inline);
  worker.on('exit', inline);
  worker.unref(); // it never keeps the process alive
  return {
    stop() {
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
      // Wait for the thread's connection to close (it may be mid-checkpoint).
      const closed = Atomics.wait(state, 1, 0, options.stopTimeoutMs ?? 10_000);
      if (closed === 'timed-out') void worker.terminate();
      inline();
    },
  };
}
