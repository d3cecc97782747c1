// Opens (or creates) the embedded store: one SQLite file in WAL mode, migrated to the current
// schema, with every port of this adapter built on the same connection.
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
import Database from 'better-sqlite3';
import { createItemStore } from './items/item-store.ts';
import { createItemWriter } from './items/item-writer.ts';
import { migrate } from './migrations/runner.ts';
import { createActivityCounter } from './repositories/activity.ts';
import { createAlertRepository } from './repositories/alerts.ts';
import { createAuditLog } from './repositories/audit.ts';
import { createClusterStore } from './repositories/clusters.ts';
import { createDeliveryRepository } from './repositories/deliveries.ts';
import { createDigestRepository } from './repositories/digests.ts';
import { createDocumentStore } from './repositories/documents.ts';
import { createFeedbackRepository } from './repositories/feedback.ts';
import { createRuleRepository } from './repositories/rules.ts';
import { createSavedSearchRepository } from './repositories/saved-searches.ts';
import { createSessionRepository } from './repositories/sessions.ts';
import { createSourceRepository } from './repositories/sources.ts';
import { createTokenOwnerRepository } from './repositories/token-owners.ts';
import { createTokenRepository } from './repositories/tokens.ts';
import { createUserRepository } from './repositories/users.ts';
import { createWebhookRepository } from './repositories/webhooks.ts';
import { createWebSubRepository } from './repositories/websub.ts';
import { createSearchIndex } from './search/search-index.ts';

export interface SqliteStorageOptions {
  /** File path, or ':memory:' for a throw-away store. */
  path: string;
  /** How long a writer waits for another process's lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
}

export interface SqliteStorage {
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
  /** True when the database answers (used by /readyz). */
  ping(): boolean;
  close(): void;
}

export function openSqliteStorage(options: SqliteStorageOptions): SqliteStorage {
  const db = new Database(options.path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const writer = createItemWriter(db);
  return {
    items: createItemStore(db, writer),
    search: createSearchIndex(db, writer),
    sources: createSourceRepository(db),
    documents: createDocumentStore(db),
    tokens: createTokenRepository(db),
    rules: createRuleRepository(db),
    alerts: createAlertRepository(db),
    webhooks: createWebhookRepository(db),
    deliveries: createDeliveryRepository(db),
    digests: createDigestRepository(db),
    activity: createActivityCounter(db),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    audit: createAuditLog(db),
    tokenOwners: createTokenOwnerRepository(db),
    savedSearches: createSavedSearchRepository(db),
    websub: createWebSubRepository(db),
    clusters: createClusterStore(db),
    feedback: createFeedbackRepository(db),
    ping() {
      try {
        return db.prepare('SELECT 1').pluck().get() === 1;
      } catch {
        return false;
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
}
