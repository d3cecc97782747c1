// Opens (or creates) the embedded store: one SQLite file in WAL mode, migrated to the current
// schema, with every port of this adapter built on the same connection.
import type {
  DocumentStore,
  ItemStore,
  SearchIndex,
  SourceRepository,
  TokenRepository,
} from '@presswatch/domain';
import Database from 'better-sqlite3';
import { createItemStore } from './items/item-store.ts';
import { createItemWriter } from './items/item-writer.ts';
import { migrate } from './migrations/runner.ts';
import { createDocumentStore } from './repositories/documents.ts';
import { createSourceRepository } from './repositories/sources.ts';
import { createTokenRepository } from './repositories/tokens.ts';
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
