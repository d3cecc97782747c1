// A queue.db made by an earlier version (full indexes, user_version 0) is upgraded when opened:
// its jobs keep being claimed, counted and pruned, and only the partial indexes remain.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { processQueue } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteQueueBackend } from '../src/backend.ts';
import { JobStore } from '../src/job-store.ts';
import { openQueueDatabase } from '../src/schema.ts';
import { createOldQueueFile, jobIndexes, type OldJob } from './support/old-schema.ts';
import { walCommits } from './support/wal-commits.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const quiet = { warn: () => {}, error: () => {} };
const here = dirname(fileURLToPath(import.meta.url));

function oldJobs(now: number): OldJob[] {
  return [
    { id: 'waiting', state: 'waiting', runAt: now - 1_000 },
    { id: 'delayed-due', state: 'delayed', runAt: now - 500 },
    { id: 'delayed-later', state: 'delayed', runAt: now + HOUR },
    // A dead worker's jobs: one to run again, one that had used its last attempt.
    { id: 'lost', state: 'active', runAt: now - 9_000, attempts: 1, leaseExpiresAt: now - 1_000 },
    { id: 'lost-last', state: 'active', runAt: now - 9_000, attempts: 3, leaseExpiresAt: now - 1_000 },
    { id: 'old-done', state: 'completed', runAt: 0, attempts: 1, finishedAt: now - 2 * DAY },
    { id: 'old-failed', state: 'failed', runAt: 0, attempts: 3, finishedAt: now - 2 * DAY },
    { id: 'recent-done', state: 'completed', runAt: 0, attempts: 1, finishedAt: now - HOUR },
  ];
}

const NEW_INDEXES = {
  jobs_due: "WHERE state IN ('waiting', 'delayed')",
  jobs_lease: "WHERE state = 'active'",
  jobs_finished: "WHERE state IN ('completed', 'failed')",
};

function expectNewIndexes(db: Database.Database): void {
  const indexes = jobIndexes(db);
  expect(Object.keys(indexes).sort()).toEqual(Object.keys(NEW_INDEXES).sort());
  for (const [name, where] of Object.entries(NEW_INDEXES)) expect(indexes[name]).toContain(where);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
}

describe('upgrading a queue.db of the old schema', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-queue-upgrade-'));
    path = join(dir, 'queue.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps claiming, counting and pruning its jobs, with only the partial indexes left', async () => {
    createOldQueueFile(path, processQueue.name, oldJobs(Date.now()));
    const backend = openSqliteQueueBackend({ path, pollIntervalMs: 20, retentionMs: DAY, logger: quiet });
    const queue = backend.queue(processQueue);
    expect(await queue.counts()).toEqual({ waiting: 1, delayed: 2, active: 2, completed: 2, failed: 1 });
    const ran: string[] = [];
    const worker = backend.work(processQueue, async (job) => void ran.push(job.id), { concurrency: 4 });
    await waitUntil(async () => ran.length === 3 && (await queue.counts()).completed === 4);
    await worker.close();
    expect(ran.sort()).toEqual(['delayed-due', 'lost', 'waiting']);
    expect(await queue.counts()).toEqual({ waiting: 0, delayed: 1, active: 0, completed: 4, failed: 1 });
    expect((await queue.getJob('lost-last'))?.lastError).toContain('worker lost');
    // Pruned on the worker's first poll: finished before the retention cut-off.
    expect(await queue.getJob('old-done')).toBeNull();
    expect(await queue.getJob('old-failed')).toBeNull();
    expect((await queue.getJob('recent-done'))?.state).toBe('completed');
    await backend.close();
    const db = new Database(path, { readonly: true });
    expectNewIndexes(db);
    db.close();
  });

  it('writes nothing when the file is already upgraded', () => {
    createOldQueueFile(path, 'q', oldJobs(Date.now()));
    // An open read transaction keeps the WAL from restarting, so every later commit stays in it.
    const reader = new Database(path, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM jobs').get();
    openQueueDatabase(path).close();
    const afterUpgrade = walCommits(path);
    expect(afterUpgrade).toBeGreaterThan(0);
    const again = openQueueDatabase(path);
    expectNewIndexes(again);
    expect(new JobStore(again).counts('q')).toContainEqual({ state: 'delayed', n: 2 });
    again.close();
    expect(walCommits(path)).toBe(afterUpgrade);
    reader.prepare('COMMIT').run();
    reader.close();
  });

  it('upgrades once when two processes open the file at the same moment', async () => {
    createOldQueueFile(path, 'q', oldJobs(Date.now()));
    const run = promisify(execFile);
    const script = join(here, 'support/open-queue-file.ts');
    const startAt = String(Date.now() + 1_000);
    const cwd = join(here, '../../..');
    const opens = [0, 1].map(() =>
      run(process.execPath, ['--import', 'tsx', script, path, startAt], { cwd }),
    );
    await Promise.all(opens);
    const db = openQueueDatabase(path);
    expectNewIndexes(db);
    const counts = new JobStore(db).counts('q');
    db.close();
    expect(counts).toEqual([
      { state: 'waiting', n: 1 },
      { state: 'delayed', n: 2 },
      { state: 'active', n: 2 },
      { state: 'completed', n: 2 },
      { state: 'failed', n: 1 },
    ]);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
