// Back-pressure on both queue adapters (real SQLite file, real redis): while the watched queue
// holds highWater jobs or more, held work goes back to its queue unrun and without spending an
// attempt; it runs again only once the depth is down to lowWater (not merely below highWater).
import type { QueueDefinition, RetryPolicy } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { ADAPTERS, type QueueHarness } from '../../../tests/contracts/support/queue-harness.ts';
import { waitFor } from '../../../tests/support/wait.ts';
import { createBackpressureGate, queueDepth } from '../src/backpressure.ts';
import { gatedBackend } from '../src/work-gate.ts';

const payload = z.object({ n: z.number().int() });
const retry: RetryPolicy = { attempts: 2, backoff: { type: 'fixed', delayMs: 50 } };
const processDef: QueueDefinition<{ n: number }> = {
  name: 'bp-process',
  schema: payload,
  retry,
  timeoutMs: 10_000,
};
const fetchDef: QueueDefinition<{ n: number }> = {
  name: 'bp-fetch',
  schema: payload,
  retry,
  timeoutMs: 10_000,
};
const settings = { highWater: 5, lowWater: 2, checkMs: 50 };
const quiet = { info: () => {}, warn: () => {} };

describe.each(ADAPTERS)('back-pressure: $name', (factory) => {
  let h: QueueHarness;
  beforeEach(() => {
    h = factory.create({ redisUrl: inject('redisUrl') });
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('holds work while the watched queue is deep and resumes at the low-water mark', async () => {
    const backend = h.open();
    const processQueue = backend.queue(processDef);
    const fetchQueue = backend.queue(fetchDef);
    const gate = createBackpressureGate(processQueue, settings, quiet);

    // The "processor" finishes a job only when the test releases it.
    const releases: Array<() => void> = [];
    h.work(backend, processDef, () => new Promise<void>((resolve) => releases.push(resolve)), 1);
    for (let n = 0; n < 6; n++) await processQueue.enqueue({ n });
    await waitFor('one process job active', () => releases.length === 1, 5_000, 20);
    expect(await gate.isOpen()).toBe(false);

    const depthsSeen: number[] = [];
    h.work(
      gatedBackend(backend, gate, [fetchDef]),
      fetchDef,
      async () => void depthsSeen.push(await queueDepth(processQueue)),
      2,
    );
    for (let n = 0; n < 3; n++) await fetchQueue.enqueue({ n }, { jobId: `fetch-${n}` });

    const releaseDownTo = async (depth: number) => {
      while ((await queueDepth(processQueue)) > depth) {
        await waitFor('a process job to hold', () => releases.length > 0, 5_000, 10);
        releases.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    // Below highWater but above lowWater: still held (hysteresis).
    await releaseDownTo(3);
    await new Promise((resolve) => setTimeout(resolve, 4 * settings.checkMs));
    expect(depthsSeen).toEqual([]);
    expect((await fetchQueue.counts()).completed).toBe(0);

    await releaseDownTo(settings.lowWater);
    await waitFor('held work to run', async () => (await fetchQueue.counts()).completed === 3, 10_000, 20);
    expect(depthsSeen).toHaveLength(3);
    for (const depth of depthsSeen) expect(depth).toBeLessThanOrEqual(settings.lowWater);
    for (let n = 0; n < 3; n++) {
      // Held runs spent no attempt.
      expect(await fetchQueue.getJob(`fetch-${n}`)).toMatchObject({ state: 'completed', attempts: 1 });
    }
    await releaseDownTo(0);
  });

  it('lets work through at once while the watched queue is shallow', async () => {
    const backend = h.open();
    const gate = createBackpressureGate(backend.queue(processDef), settings, quiet);
    await backend.queue(processDef).enqueue({ n: 1 });
    const fetchQueue = backend.queue(fetchDef);
    let ran = 0;
    h.work(gatedBackend(backend, gate, [fetchDef]), fetchDef, async () => void ran++, 1);
    await fetchQueue.enqueue({ n: 1 }, { jobId: 'fetch-open' });
    await waitFor(
      'the job to run',
      async () => (await fetchQueue.getJob('fetch-open'))?.state === 'completed',
    );
    expect(ran).toBe(1);
    expect(await gate.isOpen()).toBe(true);
  });
});
