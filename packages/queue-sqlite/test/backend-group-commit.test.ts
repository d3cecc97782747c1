// Group commit seen through the queue port: enqueue resolves once its row is durable (another
// connection sees it), the enqueues of one turn take one commit, job outcomes are committed before
// the worker takes the next job, and close() settles every write still waiting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processQueue, type QueueBackend } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteQueueBackend } from '../src/backend.ts';
import { walCommits } from './support/wal-commits.ts';

const quiet = { warn: () => {}, error: () => {} };

describe('SQLite queue backend with group commit', () => {
  let dir: string;
  let path: string;
  let backend: QueueBackend;
  let reader: Database.Database;
  const stateOf = (id: string) =>
    reader.prepare('SELECT state FROM jobs WHERE id = ?').pluck().get(id) as string | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-queue-gc-'));
    path = join(dir, 'queue.db');
    backend = openSqliteQueueBackend({ path, pollIntervalMs: 20, logger: quiet });
    reader = new Database(path, { readonly: true });
  });
  afterEach(async () => {
    await backend.close();
    reader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves enqueue once the row is visible from another connection', async () => {
    const queue = backend.queue(processQueue);
    const result = queue.enqueue({ documentId: 'd1' }, { jobId: 'p1' });
    // Not written yet: the insert waits for the end of this turn.
    expect(stateOf('p1')).toBeUndefined();
    expect(await result).toEqual({ jobId: 'p1', added: true });
    expect(stateOf('p1')).toBe('waiting');
  });

  it('inserts the enqueues of one turn in one commit, keeping ids idempotent within it', async () => {
    const queue = backend.queue(processQueue);
    const before = walCommits(path);
    const results = await Promise.all(
      ['p1', 'p2', 'p1', 'p3'].map((jobId) => queue.enqueue({ documentId: jobId }, { jobId })),
    );
    expect(results.map((r) => r.added)).toEqual([true, true, false, true]);
    expect(walCommits(path) - before).toBe(1);
    expect(['p1', 'p2', 'p3'].map(stateOf)).toEqual(['waiting', 'waiting', 'waiting']);
  });

  it("commits a job's outcome before its worker takes the next job", async () => {
    const queue = backend.queue(processQueue);
    const seenAtStart: Array<string | undefined> = [];
    const worker = backend.work(
      processQueue,
      async (job) => {
        // With one slot, the previous job's outcome must be in the file before this one starts.
        if (job.id === 'second') seenAtStart.push(stateOf('first'));
      },
      { concurrency: 1 },
    );
    await queue.enqueue({ documentId: 'a' }, { jobId: 'first' });
    await queue.enqueue({ documentId: 'b' }, { jobId: 'second' });
    await waitUntil(() => stateOf('second') === 'completed');
    await worker.close();
    expect(seenAtStart).toEqual(['completed']);
  });

  it('settles the enqueues still waiting when it closes, and refuses later ones', async () => {
    const queue = backend.queue(processQueue);
    const pending = ['p1', 'p2'].map((jobId) => queue.enqueue({ documentId: jobId }, { jobId }));
    await backend.close();
    const results = await Promise.allSettled(pending);
    expect(results.map((r) => r.status === 'fulfilled' && r.value.added)).toEqual([true, true]);
    expect(['p1', 'p2'].map(stateOf)).toEqual(['waiting', 'waiting']);
    await expect(queue.enqueue({ documentId: 'p3' }, { jobId: 'p3' })).rejects.toThrow(/closed/);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
