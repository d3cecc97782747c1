// The UrlAliasStore's SQLite migration (008): items stored before it get their canonical URL. The
// port's behaviour, for every adapter: tests/contracts/url-aliases.contract.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, migrate, openSqliteStorage } from '@presswatch/storage-sqlite';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const A = 'https://www.bao.example.vn/tin/a.html';

describe('UrlAliasStore (SQLite migration)', () => {
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-alias-store-'));
    storage = openSqliteStorage({ path: join(dir, 'store.db') });
  });
  afterEach(() => {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the canonical URL of items stored before migration 008', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 8),
    );
    db.prepare(
      `INSERT INTO items (id, source_id, source_name_key, domestic, fetched_at, sort_time, doc)
       VALUES ('old-1', 's1', 's1', 1, 1, 1, ?)`,
    ).run(JSON.stringify({ id: 'old-1', canonicalUrl: A }));
    db.close();
    const reopened = openSqliteStorage({ path });
    try {
      expect(await reopened.urlAliases.owners([A])).toEqual(new Map([[A, 'old-1']]));
    } finally {
      reopened.close();
    }
  });
});
