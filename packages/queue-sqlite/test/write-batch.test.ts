// The queue's group commit on a real queue.db: writes of one turn share a commit, a failing
// write rejects only its caller, close() leaves nothing pending. Commits are counted in the WAL
// file, rows are checked from a second connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobStore, type NewJob } from '../src/job-store.ts';
import { openQueueDatabase } from '../src/schema.ts';
import { createWriteBatch, type WriteBatch } from '../src/write-batch.ts';
import { walCommits } from './support/wal-commits.ts';

const job = (id: string): NewJob => ({
  queue: 'q',
  id,
  payload: '{}',
  maxAttempts: 3,
  runAt: 0,
  priority: 0,
  delayed: false,
});

describe('write batch', () => {
  let dir: string;
  let path: string;
  let db: Database.Database;
  let store: JobStore;
  let writes: WriteBatch;
  let reader: Database.Database;
  const ids = () => (reader.prepare('SELECT id FROM jobs ORDER BY id').pluck().all() as string[]).join(',');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-batch-'));
    path = join(dir, 'queue.db');
    db = openQueueDatabase(path);
    store = new JobStore(db);
    writes = createWriteBatch(db);
    reader = new Database(path, { readonly: true });
  });
  afterEach(() => {
    writes.close();
    reader.close();
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes asked for in one turn together, and sequential writes one by one', async () => {
    const before = walCommits(path);
    const names = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const added = await Promise.all(names.map((id) => writes.run(() => store.insert(job(id), 0))));
    expect(added).toEqual(names.map(() => true));
    expect(walCommits(path) - before).toBe(1);

    const between = walCommits(path);
    for (const id of ['s1', 's2', 's3']) await writes.run(() => store.insert(job(id), 0));
    expect(walCommits(path) - between).toBe(3);
  });

  it('rejects only the failing write; its statement leaves nothing behind', async () => {
    const before = walCommits(path);
    // One statement, two rows: the second breaks the state CHECK, so neither may be stored.
    const bad =
      db.prepare(`INSERT INTO jobs (queue, id, payload, state, max_attempts, run_at, created_at, updated_at)
      VALUES ('q', 'half', '{}', 'waiting', 1, 0, 0, 0), ('q', 'bad', '{}', 'bogus', 1, 0, 0, 0)`);
    const results = await Promise.allSettled([
      writes.run(() => store.insert(job('a'), 0)),
      writes.run(() => bad.run()),
      writes.run(() => store.insert(job('b'), 0)),
      writes.run(() => {
        throw new Error('a write that throws before any SQL');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/CHECK constraint/);
    expect(ids()).toBe('a,b');
    expect(walCommits(path) - before).toBe(1);
  });

  it('rejects every write of a batch whose transaction SQLite rolled back', async () => {
    const results = await Promise.allSettled([
      writes.run(() => store.insert(job('a'), 0)),
      writes.run(() => {
        // What SQLite does on SQLITE_FULL or an I/O error: the whole transaction is gone.
        db.exec('ROLLBACK');
        throw new Error('disk full');
      }),
      writes.run(() => store.insert(job('b'), 0)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(ids()).toBe('');
    expect(db.inTransaction).toBe(false);
    // The next batch works as usual.
    await writes.run(() => store.insert(job('c'), 0));
    expect(ids()).toBe('c');
  });

  it('commits the waiting writes on close, then refuses new ones without touching the database', async () => {
    const pending = ['a', 'b', 'c'].map((id) => writes.run(() => store.insert(job(id), 0)));
    writes.close();
    db.close();
    expect(await Promise.all(pending)).toEqual([true, true, true]);
    expect(ids()).toBe('a,b,c');
    await expect(writes.run(() => store.insert(job('d'), 0))).rejects.toThrow(/closed/);
  });
});
