// Versioned schema migrations, applied in order when the database is opened. A later issue adds
// a file next to 001-initial.ts and appends it to MIGRATIONS; applied versions are never edited.
import type { Database } from 'better-sqlite3';
// 010 re-segments CJK/Thai/Lao text in the search index; it lives beside the code it shares.
import { segmentScriptsMigration } from '../search/resegment-migration.ts';
import { initial } from './001-initial.ts';
import { alerts } from './002-alerts.ts';
import { websub } from './003-websub.ts';
import { accounts } from './004-accounts.ts';
import { searchKeys } from './005-search-keys.ts';
import { clustersFeedback } from './006-clusters-feedback.ts';
import { itemAggregates } from './007-item-aggregates.ts';
import { urlAliases } from './008-url-aliases.ts';
import { dossiers } from './009-dossiers.ts';
import { contentlessFts } from './011-contentless-fts.ts';
import { clusterBandLog } from './012-cluster-band-log.ts';

export interface Migration {
  version: number;
  name: string;
  /** Either SQL, or a function for migrations that need code (re-indexing, data fixes). */
  sql?: string;
  up?: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  initial,
  alerts,
  websub,
  accounts,
  searchKeys,
  clustersFeedback,
  itemAggregates,
  urlAliases,
  dossiers,
  segmentScriptsMigration,
  contentlessFts,
  clusterBandLog,
];

/** Applies the pending migrations, each in its own IMMEDIATE transaction (safe if two processes open at once). */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  let applied = 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      if (migration.sql) db.exec(migration.sql);
      migration.up?.(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied++;
    });
    apply.immediate();
  }
  return applied;
}

/** The highest applied version (0 for an empty database). */
export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
