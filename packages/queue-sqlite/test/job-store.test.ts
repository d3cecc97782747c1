// Lease edge cases of the SQLite queue's store that the contract suite cannot reach through
// the port: lost leases, a worker dying on its last attempt, pruning.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobStore, type NewJob } from '../src/job-store.ts';
import { openQueueDatabase } from '../src/schema.ts';

const LEASE = 1_000;
const job = (id: string, maxAttempts = 3): NewJob => ({
  queue: 'q',
  id,
  payload: '{}',
  maxAttempts,
  runAt: 0,
  priority: 0,
  delayed: false,
});

describe('JobStore', () => {
  let dir: string;
  let db: Database.Database;
  let store: JobStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    db = openQueueDatabase(join(dir, 'queue.db'));
    store = new JobStore(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets another worker take an expired lease, and drops the late outcome of the first', () => {
    store.insert(job('a'), 0);
    expect(store.claim('q', 'first', 10, LEASE)).toMatchObject({ id: 'a', attempts: 1 });
    expect(store.claim('q', 'second', 500, LEASE)).toBeUndefined();
    expect(store.claim('q', 'second', 10 + LEASE, LEASE)).toMatchObject({ id: 'a', attempts: 2 });
    const lease = (token: string) => ({ queue: 'q', id: 'a', token });
    expect(store.renew(lease('first'), 1_100, LEASE)).toBe(false);
    expect(store.complete(lease('first'), 1_100)).toBe(false);
    expect(store.complete(lease('second'), 1_200)).toBe(true);
    expect(store.get('q', 'a')).toMatchObject({ state: 'completed', attempts: 2, lease_owner: null });
  });

  it('renews a heartbeat of leases at once, reporting the one taken over', () => {
    store.insert(job('a'), 0);
    store.insert(job('b'), 0);
    store.claimMany('q', ['ta', 'tb'], 10, LEASE);
    // b's lease expires and another worker takes it over; a's is renewed in time.
    expect(store.renewMany([{ queue: 'q', id: 'a', token: 'ta' }], 900, LEASE)).toEqual([true]);
    expect(store.claim('q', 'other', 10 + LEASE, LEASE)).toMatchObject({ id: 'b' });
    const leases = [
      { queue: 'q', id: 'a', token: 'ta' },
      { queue: 'q', id: 'b', token: 'tb' },
    ];
    expect(store.renewMany(leases, 1_100, LEASE)).toEqual([true, false]);
    expect(store.get('q', 'a')?.lease_expires_at).toBe(1_100 + LEASE);
    expect(store.get('q', 'b')?.lease_owner).toBe('other');
  });

  it('fails a job whose worker died during its last attempt instead of running it again', () => {
    store.insert(job('a', 1), 0);
    store.claim('q', 'first', 10, LEASE);
    expect(store.claim('q', 'second', 10 + LEASE, LEASE)).toBeUndefined();
    const row = store.get('q', 'a');
    expect(row).toMatchObject({ state: 'failed', attempts: 1 });
    expect(row?.last_error).toContain('worker lost');
  });

  it('runs lower priority numbers first, then older jobs', () => {
    store.insert({ ...job('late'), runAt: 5 }, 0);
    store.insert({ ...job('urgent'), priority: -1, runAt: 9 }, 0);
    store.insert({ ...job('early'), runAt: 1 }, 0);
    const order = ['x', 'y', 'z'].map((token) => store.claim('q', token, 10, LEASE)?.id);
    expect(order).toEqual(['urgent', 'early', 'late']);
  });

  it('claims several jobs in one call, in priority order, each under its own token', () => {
    store.insert({ ...job('late'), runAt: 5 }, 0);
    store.insert({ ...job('urgent'), priority: -1, runAt: 9 }, 0);
    store.insert({ ...job('early'), runAt: 1 }, 0);
    const rows = store.claimMany('q', ['x', 'y'], 10, LEASE);
    expect(rows.map((row) => [row.id, row.lease_owner])).toEqual([
      ['urgent', 'x'],
      ['early', 'y'],
    ]);
    expect(store.claimMany('q', ['z', 'w'], 10, LEASE).map((row) => row.id)).toEqual(['late']);
    expect(store.claimMany('q', ['v'], 10, LEASE)).toEqual([]);
  });

  it('prunes only jobs that finished before the cut-off', () => {
    for (const id of ['old', 'new', 'waiting']) store.insert(job(id), 0);
    for (const [id, at] of [
      ['old', 100],
      ['new', 5_000],
    ] as const) {
      const row = store.claim('q', id, at, LEASE);
      expect(row?.id).toBe(id);
      store.complete({ queue: 'q', id, token: id }, at);
    }
    expect(store.prune(1_000, 100)).toBe(1);
    expect(store.get('q', 'old')).toBeUndefined();
    expect(store.get('q', 'new')?.state).toBe('completed');
    expect(store.get('q', 'waiting')?.state).toBe('waiting');
  });
});
