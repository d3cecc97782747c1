// Several processors share the work with no item processed twice: two real `presswatch start
// processor` processes on BullMQ (real redis) and one SQLite store take N process jobs; every job
// is started once in all, every item stored once, and both processes did part of the work.
import type { Runtime } from '@presswatch/platform';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { waitFor } from '../support/wait.ts';
import { createDeployment, type Deployment } from './support/deployment.ts';
import {
  enqueueProcessing,
  itemStores,
  jobRuns,
  openTestRuntime,
  seedDocuments,
} from './support/seeded-work.ts';

const ITEMS = 60;

describe('two processor processes share the process queue', () => {
  let deployment: Deployment;
  let runtime: Runtime;
  afterAll(async () => {
    await runtime?.shutdown.shutdown('test over');
    await deployment?.close();
  });

  it('processes and stores every item exactly once', async () => {
    deployment = createDeployment({
      redisUrl: inject('redisUrl'),
      label: 'share',
      extra: { LOG_LEVEL: 'debug', PRESSWATCH_PROCESS_CONCURRENCY: '2' },
    });
    runtime = await openTestRuntime(deployment);
    const ids = await seedDocuments(runtime, ITEMS);
    const processors = [deployment.start('processor'), deployment.start('processor')];
    await Promise.all(processors.map((p) => p.waitForLog('processor started')));
    await enqueueProcessing(runtime, ids);

    const { items } = runtime.adapters.stores;
    await waitFor(
      'every item stored',
      async () => (await Promise.all(ids.map((id) => items.get(id)))).every(Boolean),
      60_000,
      200,
    );
    await waitFor('every item logged', () => itemStores(processors).size === ITEMS, 10_000, 50);

    const runs = jobRuns(processors, 'process');
    expect([...runs.keys()].sort()).toEqual(ids.map((id) => `process-${id}`));
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const stores = itemStores(processors);
    expect([...stores.keys()].sort()).toEqual(ids);
    expect([...stores.values()].every((count) => count === 1)).toBe(true);
    for (const p of processors) expect(itemStores([p]).size).toBeGreaterThan(0);
  }, 90_000);
});
