// Adapter factories for the JobQueue contract suite. Each harness owns its own real storage (a
// fresh SQLite file, or a unique Redis key prefix), tracks every backend and worker it made, and
// removes all of it in cleanup().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobHandler, QueueBackend, QueueDefinition, QueueWorker } from '@presswatch/domain';
import { Redis } from 'ioredis';
import { uniqueRedisPrefix } from '../../support/redis-server.ts';
import { type BackendConfig, openTestBackend } from './queue-backends.ts';

export interface QueueHarness {
  readonly config: BackendConfig;
  /** A backend on this harness's storage; each call stands for another process. */
  open(): QueueBackend;
  /** Starts a worker that cleanup() closes if the test did not. */
  work<P>(
    backend: QueueBackend,
    def: QueueDefinition<P>,
    handler: JobHandler<P>,
    concurrency?: number,
  ): QueueWorker;
  cleanup(): Promise<void>;
}

export interface AdapterFactory {
  name: 'sqlite' | 'bullmq';
  create(env: { redisUrl: string }): QueueHarness;
}

export const ADAPTERS: AdapterFactory[] = [
  {
    name: 'sqlite',
    create() {
      const dir = mkdtempSync(join(tmpdir(), 'pw-queue-'));
      return trackingHarness({ adapter: 'sqlite', path: join(dir, 'queue.db') }, async () => {
        rmSync(dir, { recursive: true, force: true });
      });
    },
  },
  {
    name: 'bullmq',
    create({ redisUrl }) {
      const prefix = uniqueRedisPrefix('queue');
      return trackingHarness({ adapter: 'bullmq', redisUrl, prefix }, () => deleteKeys(redisUrl, prefix));
    },
  },
];

function trackingHarness(config: BackendConfig, removeStorage: () => Promise<void>): QueueHarness {
  const backends: QueueBackend[] = [];
  const workers: QueueWorker[] = [];
  return {
    config,
    open() {
      const backend = openTestBackend(config);
      backends.push(backend);
      return backend;
    },
    work(backend, def, handler, concurrency = 1) {
      const worker = backend.work(def, handler, { concurrency });
      workers.push(worker);
      return worker;
    },
    async cleanup() {
      await Promise.all(workers.map((worker) => worker.close({ deadlineMs: 0 })));
      await Promise.all(backends.map((backend) => backend.close()));
      await removeStorage();
    },
  };
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
