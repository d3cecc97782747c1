// Adapter selection: the one place that maps configuration to concrete adapters. Stages and
// routes receive the ports; nothing below this file knows SQLite or Redis.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  DocumentStore,
  ItemStore,
  QueueBackend,
  SearchIndex,
  SourceRepository,
  TokenRepository,
} from '@presswatch/domain';
import type { Logger } from 'pino';
import type { Config } from './config-schema.ts';
import type { ShutdownRegistry } from './shutdown.ts';

export interface Stores {
  items: ItemStore;
  search: SearchIndex;
  sources: SourceRepository;
  documents: DocumentStore;
  tokens: TokenRepository;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
}

export interface Adapters {
  stores: Stores;
  queues: QueueBackend;
  readiness(): Promise<ReadinessReport>;
}

export async function openAdapters(
  config: Config,
  logger: Logger,
  shutdown: ShutdownRegistry,
): Promise<Adapters> {
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const { openSqliteStorage } = await import('@presswatch/storage-sqlite');
  const storage = openSqliteStorage({ path: join(dataDir, 'presswatch.db') });
  shutdown.register('sqlite storage', 'storage', () => storage.close());

  const queues = await openQueueBackend(config, dataDir, logger);
  shutdown.register(`${queues.kind} queues`, 'queues', () => queues.close());

  const { items, search, sources, documents, tokens } = storage;
  return {
    stores: { items, search, sources, documents, tokens },
    queues,
    async readiness() {
      const checks = {
        storage: safePing(() => storage.ping()),
        queue: await queues.ping().catch(() => false),
      };
      return { ready: Object.values(checks).every(Boolean), checks };
    },
  };
}

async function openQueueBackend(config: Config, dataDir: string, logger: Logger): Promise<QueueBackend> {
  if (config.mode === 'distributed') {
    const { openBullmqQueueBackend } = await import('@presswatch/queue-bullmq');
    return openBullmqQueueBackend({
      redisUrl: config.redis.url!,
      prefix: config.redis.prefix,
      logger: logger.child({ component: 'queue' }),
    });
  }
  const { openSqliteQueueBackend } = await import('@presswatch/queue-sqlite');
  return openSqliteQueueBackend({
    path: join(dataDir, 'queue.db'),
    logger: logger.child({ component: 'queue' }),
  });
}

function safePing(ping: () => boolean): boolean {
  try {
    return ping();
  } catch {
    return false;
  }
}
