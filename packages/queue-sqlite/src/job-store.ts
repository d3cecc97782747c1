// Every SQL statement of the SQLite queue. A job row moves waiting/delayed → active → completed
// / failed (or back to delayed/waiting); rows are never deleted on the way, so a crash at any
// point leaves a row that some worker can pick up again. Only `prune` deletes, and only rows
// that finished long ago. Writes that end a run are guarded by the claim token (lease_owner),
// so a worker that lost its lease cannot overwrite the outcome of the run that replaced it.
// The methods run their statements at once; the queue calls the writes through write-batch.ts so
// that the writes of one event-loop turn share a commit.
import type { JobState } from '@presswatch/domain';
import type Database from 'better-sqlite3';
import { DUE, FINISHED, LEASED } from './schema.ts';

export interface JobRow {
  queue: string;
  id: string;
  payload: string;
  state: JobState;
  attempts: number;
  max_attempts: number;
  run_at: number;
  priority: number;
  lease_owner: string | null;
  lease_expires_at: number | null;
  last_error: string | null;
}

export interface NewJob {
  queue: string;
  id: string;
  payload: string;
  maxAttempts: number;
  runAt: number;
  priority: number;
  delayed: boolean;
}

/** Who holds a claimed job: the claim token is unique per run. */
export interface Lease {
  queue: string;
  id: string;
  token: string;
}

export class JobStore {
  private readonly stmts;
  private readonly claimTx;
  private readonly renewTx;

  constructor(db: Database.Database) {
    this.stmts = prepareJobStatements(db);
    // One write transaction claims as many jobs as the worker has free slots (one token each),
    // so filling several slots after a burst of enqueues costs one commit, not one per job.
    this.claimTx = db.transaction((queue: string, tokens: string[], now: number, leaseMs: number) => {
      this.stmts.failLost.run({ queue, now });
      const claimed: JobRow[] = [];
      for (const token of tokens) {
        const pick = (this.stmts.pickExpired.get(queue, now) ?? this.stmts.pickDue.get(queue, now)) as
          | { seq: number }
          | undefined;
        if (!pick) break;
        claimed.push(this.stmts.claim.get({ seq: pick.seq, token, expires: now + leaseMs, now }) as JobRow);
      }
      return claimed;
    });
    this.renewTx = db.transaction((leases: Lease[], now: number, leaseMs: number) =>
      leases.map((lease) => this.renew(lease, now, leaseMs)),
    );
  }

  /** True when the job was inserted, false when a job with this id exists (in any state). */
  insert(job: NewJob, now: number): boolean {
    const state: JobState = job.delayed ? 'delayed' : 'waiting';
    return this.stmts.insert.run({ ...job, state, now }).changes === 1;
  }

  /**
   * Claims the best due job of `queue` in one write transaction: a waiting/delayed job whose
   * run_at has come, or an active job whose lease expired (its worker died). An expired job that
   * had used its last attempt is failed instead of claimed, so a job that kills its worker
   * cannot loop forever.
   */
  claim(queue: string, token: string, now: number, leaseMs: number): JobRow | undefined {
    return this.claimTx.immediate(queue, [token], now, leaseMs)[0];
  }

  /** Claims up to one job per token, in one transaction; row i is claimed with tokens[i]. */
  claimMany(queue: string, tokens: string[], now: number, leaseMs: number): JobRow[] {
    return tokens.length === 0 ? [] : this.claimTx.immediate(queue, tokens, now, leaseMs);
  }

  /** Extends a lease; false when it was lost (expired and claimed by someone else). */
  renew(lease: Lease, now: number, leaseMs: number): boolean {
    return this.stmts.renew.run({ ...lease, expires: now + leaseMs, now }).changes === 1;
  }

  /** Extends several leases in one transaction (a worker's heartbeat); result i is for leases[i]. */
  renewMany(leases: Lease[], now: number, leaseMs: number): boolean[] {
    return leases.length === 0 ? [] : this.renewTx.immediate(leases, now, leaseMs);
  }

  complete(lease: Lease, now: number): boolean {
    return this.stmts.complete.run({ ...lease, now }).changes === 1;
  }

  fail(lease: Lease, error: string, now: number): boolean {
    return this.stmts.fail.run({ ...lease, error, now }).changes === 1;
  }

  /** Back to delayed until `runAt`; `refund` gives the attempt back (RetryAfter). */
  retryAt(lease: Lease, runAt: number, error: string | null, refund: boolean, now: number): boolean {
    const params = { ...lease, runAt, error, refund: refund ? 1 : 0, now };
    return this.stmts.retry.run(params).changes === 1;
  }

  /** Gives a job back untouched (worker shutting down): runs again at once, attempt refunded. */
  release(lease: Lease, now: number): boolean {
    return this.stmts.release.run({ ...lease, now }).changes === 1;
  }

  get(queue: string, id: string): JobRow | undefined {
    return this.stmts.get.get(queue, id) as JobRow | undefined;
  }

  counts(queue: string): Array<{ state: JobState; n: number }> {
    return this.stmts.counts.all({ queue }) as Array<{ state: JobState; n: number }>;
  }

  /** Unfinished jobs of `queue` (waiting + delayed + active), read off the due and lease indexes. */
  depth(queue: string): number {
    return (this.stmts.depth.get({ queue }) as { n: number }).n;
  }

  /** Deletes up to `limit` completed/failed rows that finished before `before`. */
  prune(before: number, limit: number): number {
    return this.stmts.prune.run(before, limit).changes;
  }
}

/** The store's statements; exported so tests can read their query plans. */
export function prepareJobStatements(db: Database.Database) {
  const endRun = 'lease_owner = NULL, lease_expires_at = NULL, updated_at = @now';
  const owned = "queue = @queue AND id = @id AND lease_owner = @token AND state = 'active'";
  return {
    insert: db.prepare(`INSERT OR IGNORE INTO jobs
        (queue, id, payload, state, max_attempts, run_at, priority, created_at, updated_at)
      VALUES (@queue, @id, @payload, @state, @maxAttempts, @runAt, @priority, @now, @now)`),
    failLost: db.prepare(`UPDATE jobs SET state = 'failed', finished_at = @now,
        last_error = 'worker lost during attempt ' || attempts || ' of ' || max_attempts
          || ' (lease expired)', ${endRun}
      WHERE queue = @queue AND ${LEASED} AND lease_expires_at <= @now
        AND attempts >= max_attempts`),
    pickExpired: db.prepare(`SELECT seq FROM jobs
      WHERE queue = ? AND ${LEASED} AND lease_expires_at <= ?
      ORDER BY lease_expires_at LIMIT 1`),
    // The due index's order (schema.ts): among jobs due in the same millisecond at the same
    // priority, delayed ones (retries) go before waiting ones, each oldest first. Ordering by
    // index columns only is what lets the claim read one index entry instead of sorting.
    pickDue: db.prepare(`SELECT seq FROM jobs
      WHERE queue = ? AND ${DUE} AND run_at <= ?
      ORDER BY priority, run_at, state, seq LIMIT 1`),
    claim: db.prepare(`UPDATE jobs SET state = 'active', attempts = attempts + 1,
        lease_owner = @token, lease_expires_at = @expires, updated_at = @now
      WHERE seq = @seq RETURNING *`),
    renew: db.prepare(`UPDATE jobs SET lease_expires_at = @expires, updated_at = @now WHERE ${owned}`),
    complete: db.prepare(`UPDATE jobs SET state = 'completed', finished_at = @now, ${endRun}
      WHERE ${owned}`),
    fail: db.prepare(`UPDATE jobs SET state = 'failed', last_error = @error, finished_at = @now, ${endRun}
      WHERE ${owned}`),
    retry: db.prepare(`UPDATE jobs SET state = 'delayed', run_at = @runAt,
        last_error = coalesce(@error, last_error), attempts = attempts - @refund, ${endRun}
      WHERE ${owned}`),
    release: db.prepare(`UPDATE jobs SET state = 'waiting', run_at = @now, attempts = attempts - 1, ${endRun}
      WHERE ${owned}`),
    get: db.prepare('SELECT * FROM jobs WHERE queue = ? AND id = ?'),
    // Each state counted over its partial index alone (covering: no table row is read); waiting
    // and delayed share one pass over the due index.
    counts: db.prepare(`WITH due AS MATERIALIZED (SELECT count(*) FILTER (WHERE state = 'waiting') AS waiting,
          count(*) FILTER (WHERE state = 'delayed') AS delayed
        FROM jobs WHERE queue = @queue AND ${DUE})
      SELECT 'waiting' AS state, waiting AS n FROM due
      UNION ALL SELECT 'delayed', delayed FROM due
      UNION ALL SELECT 'active', count(*) FROM jobs WHERE queue = @queue AND ${LEASED}
      UNION ALL SELECT state, count(*) FROM jobs WHERE queue = @queue AND ${FINISHED} GROUP BY state`),
    // Two covering counts over the partial indexes of unfinished rows: the finished index (the
    // retention archive, which only grows) is never read, unlike in counts above.
    depth: db.prepare(`SELECT (SELECT count(*) FROM jobs WHERE queue = @queue AND ${DUE})
        + (SELECT count(*) FROM jobs WHERE queue = @queue AND ${LEASED}) AS n`),
    prune: db.prepare(`DELETE FROM jobs WHERE seq IN (SELECT seq FROM jobs
      WHERE ${FINISHED} AND finished_at < ? LIMIT ?)`),
  };
}
