// Adapter selection: the one place that maps configuration to concrete adapters. Stages and
// routes receive the ports; nothing below this file knows SQLite or Redis.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  ActivityCounter,
  AlertRepository,
  AuditLog,
  ClusterStore,
  DeliveryRepository,
  DigestRepository,
  DocumentStore,
  FeedbackRepository,
  ItemStore,
  QueueBackend,
  RuleRepository,
  SavedSearchRepository,
  SearchIndex,
  SessionRepository,
  SourceRepository,
  TokenOwnerRepository,
  TokenRepository,
  UserRepository,
  WebhookRepository,
  WebSubRepository,
} from '@presswatch/domain';
import type { Logger } from 'pino';
import type { Config } from './config-schema.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import type { ShutdownRegistry } from './shutdown.ts';

export interface Stores {
  items: ItemStore;
  search: SearchIndex;
  sources: SourceRepository;
  documents: DocumentStore;
  tokens: TokenRepository;
  rules: RuleRepository;
  alerts: AlertRepository;
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  digests: DigestRepository;
  activity: ActivityCounter;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  tokenOwners: TokenOwnerRepository;
  savedSearches: SavedSearchRepository;
  websub: WebSubRepository;
  clusters: ClusterStore;
  feedback: FeedbackRepository;
}

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
  const { rules, alerts, webhooks, deliveries, digests, activity } = storage;
  const { users, sessions, audit, tokenOwners, savedSearches, websub } = storage;
  const { clusters, feedback } = storage;
  return {
    stores: {
      items,
      search,
      sources,
      documents,
      tokens,
      rules,
      alerts,
      webhooks,
      deliveries,
      digests,
      activity,
      users,
      sessions,
      audit,
      tokenOwners,
      savedSearches,
      websub,
      clusters,
      feedback,
    },
    queues,
    metrics: createMetrics(),
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
