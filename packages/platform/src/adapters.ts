// Adapter selection: the one place that maps configuration to concrete adapters. Stages and
// routes receive the ports; nothing below this file knows SQLite or Redis.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LeaderElection, QueueBackend, Stores } from '@presswatch/domain';
import type { Logger } from 'pino';
import { createAlwaysLeader } from './always-leader.ts';
import type { Config } from './config-schema.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import type { ShutdownRegistry } from './shutdown.ts';

export type { Stores };

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
}

export interface Adapters {
  stores: Stores;
  queues: QueueBackend;
  /** This process's Prometheus registry: every service records into it, the API serves it. */
  metrics: Metrics;
  readiness(): Promise<ReadinessReport>;
  /**
   * A contender for the named single-leader lease: always the leader in embedded mode, a Redis
   * lease in distributed mode. The caller runs its task through it and closes it on shutdown.
   */
  leaderElection(name: string): Promise<LeaderElection>;
}

export async function openAdapters(
  config: Config,
  logger: Logger,
  shutdown: ShutdownRegistry,
): Promise<Adapters> {
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const queues = await openQueueBackend(config, dataDir, logger);
  shutdown.register(`${queues.kind} queues`, 'queues', () => queues.close());
  // With SEARCH_URL every store lives in the engine (no SQLite file: processes on any host);
  // without it, in the SQLite file of the data directory.
  const store = config.search.url
    ? await openEngineStores(config, shutdown)
    : await openSqliteStores(dataDir, shutdown);
  return {
    stores: store.stores,
    queues,
    metrics: createMetrics(),
    leaderElection: (name) => openLeaderElection(config, name, logger),
    async readiness() {
      const checks = {
        [store.kind]: await store.healthy(),
        queue: await queues.ping().catch(() => false),
      };
      return { ready: Object.values(checks).every(Boolean), checks };
    },
  };
}

interface OpenedStores {
  kind: 'storage' | 'search';
  stores: Stores;
  healthy(): Promise<boolean>;
}

async function openSqliteStores(dataDir: string, shutdown: ShutdownRegistry): Promise<OpenedStores> {
  const { openSqliteStorage } = await import('@presswatch/storage-sqlite');
  // WAL checkpoints on a thread of their own, off the thread that runs the queues and writes.
  const storage = openSqliteStorage({ path: join(dataDir, 'presswatch.db'), checkpoints: 'thread' });
  shutdown.register('sqlite storage', 'storage', () => storage.close());
  return { kind: 'storage', stores: storage, healthy: async () => safePing(() => storage.ping()) };
}

/** Every store in Elasticsearch/OpenSearch when SEARCH_URL is set (packages/storage-search). */
async function openEngineStores(config: Config, shutdown: ShutdownRegistry): Promise<OpenedStores> {
  const { openSearchEngineStorage } = await import('@presswatch/storage-search');
  const engine = await openSearchEngineStorage({
    url: config.search.url!,
    engine: config.search.engine,
    prefix: config.search.prefix,
    replicas: config.search.replicas,
  });
  shutdown.register(`${config.search.engine} storage`, 'storage', () => engine.close());
  return { kind: 'search', stores: engine, healthy: async () => (await engine.health()).ok };
}

async function openQueueBackend(config: Config, dataDir: string, logger: Logger): Promise<QueueBackend> {
  if (config.mode === 'distributed') {
    const { openBullmqQueueBackend } = await import('@presswatch/queue-bullmq');
    return openBullmqQueueBackend({
      redisUrl: config.redis.url!,
      prefix: config.redis.prefix,
      lockDurationMs: config.redis.lockDurationMs,
      stalledIntervalMs: config.redis.stalledIntervalMs,
      logger: logger.child({ component: 'queue' }),
    });
  }
  const { openSqliteQueueBackend } = await import('@presswatch/queue-sqlite');
  return openSqliteQueueBackend({
    path: join(dataDir, 'queue.db'),
    logger: logger.child({ component: 'queue' }),
  });
}

async function openLeaderElection(config: Config, name: string, logger: Logger): Promise<LeaderElection> {
  if (config.mode !== 'distributed') return createAlwaysLeader(name);
  const { createRedisLeaderElection } = await import('@presswatch/queue-bullmq');
  return createRedisLeaderElection({
    redisUrl: config.redis.url!,
    prefix: config.redis.prefix,
    name,
    ttlMs: config.leader.ttlMs,
    logger: logger.child({ component: 'leader' }),
  });
}

function safePing(ping: () => boolean): boolean {
  try {
    return ping();
  } catch {
    return false;
  }
}
