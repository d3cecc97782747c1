// The JobQueue contract: both adapters (embedded SQLite, BullMQ on a real Redis) must behave the
// same for everything the stages rely on. Each test gets a fresh backend storage.
import {
  type JobInfo,
  type JobQueue,
  type JobState,
  type QueueDefinition,
  RetryAfterError,
  type RetryPolicy,
  UnrecoverableJobError,
} from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { waitFor } from '../support/wait.ts';
import { killChildWorkerMidJob } from './support/kill-child-worker.ts';
import { ADAPTERS, type QueueHarness } from './support/queue-harness.ts';

const payload = z.object({ n: z.number().int() });
type Payload = z.infer<typeof payload>;

function testQueue(
  name: string,
  retry: Partial<RetryPolicy> = {},
  timeoutMs = 10_000,
): QueueDefinition<Payload> {
  const backoff = { type: 'fixed' as const, delayMs: 50 };
  return { name, schema: payload, retry: { attempts: 3, backoff, ...retry }, timeoutMs };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settled<P>(queue: JobQueue<P>, id: string, state: JobState, timeoutMs = 10_000) {
  return waitFor<JobInfo<P>>(
    `job ${id} to be ${state}`,
    async () => {
      const job = await queue.getJob(id);
      return job?.state === state ? job : undefined;
    },
    timeoutMs,
    20,
  );
}

describe.each(ADAPTERS)('JobQueue contract: $name', (factory) => {
  let h: QueueHarness;
  beforeEach(() => {
    h = factory.create({ redisUrl: inject('redisUrl') });
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('answers ping while open and not after close', async () => {
    const backend = h.open();
    expect(backend.kind).toBe(factory.name);
    expect(await backend.ping()).toBe(true);
    await backend.close();
    expect(await backend.ping()).toBe(false);
  });

  it('treats the job id as an idempotency key', async () => {
    const def = testQueue('idem');
    const backend = h.open();
    const queue = backend.queue(def);
    expect(await queue.enqueue({ n: 1 }, { jobId: 'item:1' })).toEqual({ jobId: 'item:1', added: true });
    expect(await queue.enqueue({ n: 2 }, { jobId: 'item:1' })).toEqual({ jobId: 'item:1', added: false });
    const seen: Array<[string, number]> = [];
    h.work(backend, def, async (job) => void seen.push([job.id, job.payload.n]), 2);
    const done = await settled(queue, 'item:1', 'completed');
    expect(done).toMatchObject({ id: 'item:1', payload: { n: 1 }, attempts: 1 });
    expect(await queue.enqueue({ n: 3 }, { jobId: 'item:1' })).toMatchObject({ added: false });
    await sleep(200);
    expect(seen).toEqual([['item:1', 1]]);
  });

  it('retries failures with exponential backoff', async () => {
    const def = testQueue('backoff', { backoff: { type: 'exponential', delayMs: 200 } });
    const backend = h.open();
    const queue = backend.queue(def);
    const runs: Array<{ attempt: number; at: number }> = [];
    h.work(backend, def, async (job) => {
      runs.push({ attempt: job.attempt, at: Date.now() });
      if (job.attempt < 3) throw new Error(`flaky ${job.attempt}`);
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    expect(await settled(queue, jobId, 'completed')).toMatchObject({ attempts: 3 });
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    const [first, second, third] = runs.map((run) => run.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(180);
    expect(third - second).toBeGreaterThanOrEqual(380);
    expect(third - second).toBeGreaterThan(second - first);
    expect(third - second).toBeLessThan(2_000);
  });

  it('keeps the last error once the attempts are spent', async () => {
    const def = testQueue('dead', { attempts: 2 });
    const backend = h.open();
    const queue = backend.queue(def);
    let calls = 0;
    h.work(backend, def, async (job) => {
      calls++;
      throw new Error(`boom ${job.attempt}`);
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    const failed = await settled(queue, jobId, 'failed');
    expect(failed.lastError).toContain('boom 2');
    expect(failed.attempts).toBe(2);
    await sleep(150);
    expect(calls).toBe(2);
    expect(await queue.counts()).toMatchObject({ failed: 1, waiting: 0, delayed: 0, active: 0 });
  });

  it('fails an UnrecoverableJobError at once', async () => {
    const def = testQueue('unrecoverable', { attempts: 5 });
    const backend = h.open();
    const queue = backend.queue(def);
    let calls = 0;
    h.work(backend, def, async () => {
      calls++;
      throw new UnrecoverableJobError('gone for good');
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    expect((await settled(queue, jobId, 'failed')).lastError).toContain('gone for good');
    await sleep(200);
    expect(calls).toBe(1);
  });

  it('reruns after a RetryAfterError without spending an attempt', async () => {
    // Two attempts: if the RetryAfter run were counted, the plain failure after it would be final.
    const def = testQueue('retry-after', { attempts: 2 });
    const backend = h.open();
    const queue = backend.queue(def);
    const runs: Array<{ attempt: number; at: number }> = [];
    h.work(backend, def, async (job) => {
      runs.push({ attempt: job.attempt, at: Date.now() });
      if (runs.length === 1) throw new RetryAfterError(300);
      if (runs.length === 2) throw new Error('flaky');
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    expect(await settled(queue, jobId, 'completed')).toMatchObject({ attempts: 2 });
    expect(runs.map((run) => run.attempt)).toEqual([1, 1, 2]);
    const gap = runs[1]!.at - runs[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(280);
    expect(gap).toBeLessThan(1_500);
  });

  it('does not run a delayed job before its delay', async () => {
    const def = testQueue('delayed');
    const backend = h.open();
    const queue = backend.queue(def);
    let startedAt = 0;
    h.work(backend, def, async () => {
      startedAt = Date.now();
    });
    const enqueuedAt = Date.now();
    const { jobId } = await queue.enqueue({ n: 1 }, { delayMs: 500 });
    expect((await queue.getJob(jobId))?.state).toBe('delayed');
    expect((await queue.counts()).delayed).toBe(1);
    await settled(queue, jobId, 'completed');
    expect(startedAt - enqueuedAt).toBeGreaterThanOrEqual(480);
    expect(startedAt - enqueuedAt).toBeLessThan(2_000);
  });

  it('counts waiting, delayed and active jobs apart (the depth back-pressure reads)', async () => {
    const def = testQueue('depth');
    const backend = h.open();
    const queue = backend.queue(def);
    for (let n = 0; n < 4; n++) await queue.enqueue({ n });
    await queue.enqueue({ n: 9 }, { delayMs: 60_000 });
    expect(await queue.counts()).toEqual({ waiting: 4, delayed: 1, active: 0, completed: 0, failed: 0 });
    const releases: Array<() => void> = [];
    h.work(backend, def, () => new Promise<void>((resolve) => releases.push(resolve)), 1);
    await waitFor('one job to start', () => releases.length === 1, 5_000, 10);
    expect(await queue.counts()).toEqual({ waiting: 3, delayed: 1, active: 1, completed: 0, failed: 0 });
    releases.shift()?.();
    await waitFor('the first job to complete', async () => (await queue.counts()).completed === 1, 5_000, 10);
    expect(await queue.counts()).toMatchObject({ waiting: 2, delayed: 1, active: 1 });
    for (let left = 3; left > 0; left--) {
      await waitFor('a job to start', () => releases.length > 0, 5_000, 10);
      releases.shift()?.();
    }
    await waitFor('four jobs to complete', async () => (await queue.counts()).completed === 4, 5_000, 10);
    expect(await queue.counts()).toEqual({ waiting: 0, delayed: 1, active: 0, completed: 4, failed: 0 });
  });

  it('reads the depth as waiting + delayed + active jobs, never finished ones', async () => {
    const def = testQueue('depth-only', { attempts: 1 });
    const backend = h.open();
    const queue = backend.queue(def);
    expect(await queue.depth()).toBe(0);
    const releases: Array<() => void> = [];
    h.work(backend, def, async (job) => {
      if (job.payload.n === 1) throw new UnrecoverableJobError('broken');
      if (job.payload.n === 2) await new Promise<void>((resolve) => releases.push(resolve));
    });
    await queue.enqueue({ n: 0 }, { jobId: 'done' });
    await queue.enqueue({ n: 1 }, { jobId: 'broken' });
    await queue.enqueue({ n: 2 }, { jobId: 'held' });
    await waitFor('the held job to start', () => releases.length === 1, 5_000, 10);
    // The one worker slot is taken: these wait (one of them prioritized: BullMQ keeps it apart).
    await queue.enqueue({ n: 3 });
    await queue.enqueue({ n: 4 }, { priority: 5 });
    await queue.enqueue({ n: 5 }, { delayMs: 60_000 });
    const counts = await queue.counts();
    expect(counts).toEqual({ waiting: 2, delayed: 1, active: 1, completed: 1, failed: 1 });
    expect(await queue.depth()).toBe(4);

    releases.shift()?.();
    await waitFor(
      'the waiting jobs to complete',
      async () => (await queue.counts()).completed === 4,
      5_000,
      10,
    );
    expect(await queue.depth()).toBe(1);
    expect(await queue.counts()).toEqual({ waiting: 0, delayed: 1, active: 0, completed: 4, failed: 1 });
  });

  it('runs at most `concurrency` jobs at once per worker', async () => {
    const def = testQueue('concurrency');
    const backend = h.open();
    const queue = backend.queue(def);
    let inFlight = 0;
    let maxInFlight = 0;
    h.work(
      backend,
      def,
      async () => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await sleep(120);
        inFlight--;
      },
      3,
    );
    for (let n = 0; n < 9; n++) await queue.enqueue({ n });
    await waitFor('all jobs to complete', async () => (await queue.counts()).completed === 9, 10_000, 20);
    expect(maxInFlight).toBe(3);
  });

  it('rejects an invalid payload at enqueue', async () => {
    const queue = h.open().queue(testQueue('validation'));
    await expect(queue.enqueue({ n: 'one' } as unknown as Payload, { jobId: 'bad' })).rejects.toThrow();
    await expect(queue.enqueue({} as Payload)).rejects.toThrow();
    expect(await queue.getJob('bad')).toBeNull();
    expect(Object.values(await queue.counts())).toEqual([0, 0, 0, 0, 0]);
  });

  it('aborts a job that runs past its timeout, then retries it', async () => {
    const def = testQueue('timeout', { attempts: 2 }, 200);
    const backend = h.open();
    const queue = backend.queue(def);
    const reasons: string[] = [];
    h.work(backend, def, async (job) => {
      if (job.attempt > 1) return;
      await new Promise<void>((resolve) => {
        job.signal.addEventListener('abort', () => {
          reasons.push((job.signal.reason as Error).name);
          resolve();
        });
      });
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    const done = await settled(queue, jobId, 'completed');
    expect(reasons).toEqual(['JobTimeoutError']);
    expect(done.attempts).toBe(2);
    expect(done.lastError).toContain('timed out');
  });

  it('drains running jobs on close when the deadline allows', async () => {
    const def = testQueue('drain');
    const backend = h.open();
    const queue = backend.queue(def);
    let started = false;
    let aborted = false;
    const worker = h.work(backend, def, async (job) => {
      started = true;
      await sleep(400);
      aborted = job.signal.aborted;
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    await waitFor('the job to start', () => started, 5_000, 10);
    const closeStart = Date.now();
    await worker.close({ deadlineMs: 5_000 });
    expect(Date.now() - closeStart).toBeLessThan(3_000);
    expect((await queue.getJob(jobId))?.state).toBe('completed');
    expect(aborted).toBe(false);
  });

  it('gives a job back when close passes its deadline; another worker completes it', async () => {
    const def = testQueue('deadline');
    const first = h.open();
    const queue = first.queue(def);
    let abortedOnFirst = false;
    const worker = h.work(first, def, async (job) => {
      await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
      abortedOnFirst = true;
    });
    const { jobId } = await queue.enqueue({ n: 1 });
    await settled(queue, jobId, 'active');
    const closeStart = Date.now();
    await worker.close({ deadlineMs: 300 });
    const closeTook = Date.now() - closeStart;
    expect(closeTook).toBeGreaterThanOrEqual(250);
    expect(closeTook).toBeLessThan(1_500);
    expect(abortedOnFirst).toBe(true);

    const attempts: number[] = [];
    h.work(h.open(), def, async (job) => void attempts.push(job.attempt));
    await settled(queue, jobId, 'completed');
    // The abandoned run is not counted: the job did nothing wrong.
    expect(attempts).toEqual([1]);
  });

  it('recovers a job whose worker process died mid-job', async () => {
    const def = testQueue('crash');
    const queue = h.open().queue(def);
    const { jobId } = await queue.enqueue({ n: 7 }, { jobId: 'crash-1' });
    expect(await killChildWorkerMidJob(h.config, def.name)).toBe('started crash-1 1');
    expect((await queue.getJob(jobId))?.state).toBe('active');

    const seen: Array<{ id: string; attempt: number; n: number }> = [];
    h.work(
      h.open(),
      def,
      async (job) => void seen.push({ id: job.id, attempt: job.attempt, n: job.payload.n }),
    );
    const done = await settled(queue, jobId, 'completed', 15_000);
    expect(seen).toEqual([{ id: 'crash-1', attempt: 2, n: 7 }]);
    expect(done.attempts).toBe(2);
  });

  it('fails a job whose worker died during its last attempt', async () => {
    const def = testQueue('crash-last', { attempts: 1 });
    const queue = h.open().queue(def);
    const { jobId } = await queue.enqueue({ n: 1 }, { jobId: 'crash-2' });
    expect(await killChildWorkerMidJob(h.config, def.name)).toBe('started crash-2 1');
    let calls = 0;
    h.work(h.open(), def, async () => void calls++);
    const failed = await settled(queue, jobId, 'failed', 15_000);
    expect(failed.lastError).toContain('worker lost');
    expect(calls).toBe(0);
  });
});
