// Opens (or creates) the embedded store: one SQLite file in WAL mode, migrated to the current
// schema, with every port of this adapter built on the same connection.
import type { Stores } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { createGroupCommit } from './items/group-commit.ts';
import { createItemStore } from './items/item-store.ts';
import { createItemWriter } from './items/item-writer.ts';
import { startWalCheckpointer } from './items/wal-checkpointer.ts';
import { migrate } from './migrations/runner.ts';
import { createActivityCounter } from './repositories/activity.ts';
import { createAlertRepository } from './repositories/alerts.ts';
import { createArgumentCardRepository } from './repositories/argument-cards.ts';
import { createAuditLog } from './repositories/audit.ts';
import { createClusterStore } from './repositories/clusters.ts';
import { createDeliveryRepository } from './repositories/deliveries.ts';
import { createDigestRepository } from './repositories/digests.ts';
import { createDocumentStore } from './repositories/documents.ts';
import { createDossierRepository } from './repositories/dossiers.ts';
import { createFeedbackRepository } from './repositories/feedback.ts';
import { createRuleRepository } from './repositories/rules.ts';
import { createSavedSearchRepository } from './repositories/saved-searches.ts';
import { createSessionRepository } from './repositories/sessions.ts';
import { createSourceRepository } from './repositories/sources.ts';
import { createTokenOwnerRepository } from './repositories/token-owners.ts';
import { createTokenRepository } from './repositories/tokens.ts';
import { createUrlAliasStore } from './repositories/url-aliases.ts';
import { createUserRepository } from './repositories/users.ts';
import { createWebhookRepository } from './repositories/webhooks.ts';
import { createWebSubRepository } from './repositories/websub.ts';
import { createSearchIndex } from './search/search-index.ts';

export interface SqliteStorageOptions {
  /** File path, or ':memory:' for a throw-away store. */
  path: string;
  /** How long a writer waits for another process's lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Search counts matches exactly up to this many and estimates beyond (default 10,000). */
  exactCountBound?: number;
  /**
   * Where WAL checkpoints run: 'inline' (default), in the commit that fills the WAL; 'thread', on a
   * worker thread with its own connection (items/wal-checkpointer.ts), for processes that ingest.
   */
  checkpoints?: 'inline' | 'thread';
}

/** Every store, on one SQLite database. */
export interface SqliteStorage extends Stores {
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
    // Reads at scale (search over a million items): a 64 MB page cache, and the file mapped (the
    // build caps this at 2 GB) so hot FTS5 and index pages are read without a system call each.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 2147418112');
    db.pragma('temp_store = MEMORY');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // Ingest writes of concurrent jobs share transactions (items/group-commit.ts).
  const group = createGroupCommit(db);
  const checkpointer =
    options.checkpoints === 'thread' && options.path !== ':memory:' ? startWalCheckpointer(db) : null;
  const writer = createItemWriter(db, group);
  return {
    items: createItemStore(db, writer),
    search: createSearchIndex(db, writer, { exactCountBound: options.exactCountBound }),
    sources: createSourceRepository(db),
    documents: createDocumentStore(db, group),
    tokens: createTokenRepository(db),
    rules: createRuleRepository(db),
    alerts: createAlertRepository(db, group),
    webhooks: createWebhookRepository(db),
    deliveries: createDeliveryRepository(db),
    digests: createDigestRepository(db),
    activity: createActivityCounter(db, group),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    audit: createAuditLog(db),
    tokenOwners: createTokenOwnerRepository(db),
    savedSearches: createSavedSearchRepository(db),
    websub: createWebSubRepository(db),
    clusters: createClusterStore(db, group),
    feedback: createFeedbackRepository(db),
    dossiers: createDossierRepository(db),
    argumentCards: createArgumentCardRepository(db),
    urlAliases: createUrlAliasStore(db),
    ping() {
      try {
        return db.prepare('SELECT 1').pluck().get() === 1;
      } catch {
        return false;
      }
    },
    close() {
      if (!db.open) return;
      group.flush();
      checkpointer?.stop();
      db.close();
    },
  };
}
