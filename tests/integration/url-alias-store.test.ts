// The UrlAliasStore port over its SQLite adapter (migration 008): first claim wins, atomically;
// owners, aliasesOf and deleteItems; items stored before the migration get their canonical URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, migrate, openSqliteStorage } from '@presswatch/storage-sqlite';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const A = 'https://www.bao.example.vn/tin/a.html';
const A_AMP = 'https://www.bao.example.vn/amp/tin/a.html';
const A_MOBILE = 'https://m.bao.example.vn/tin/a.html';

describe('UrlAliasStore (SQLite)', () => {
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

  it('gives each URL to its first claimant and reports the owners after the claim', async () => {
    const aliases = storage.urlAliases;
    expect(await aliases.claim('item-1', [A, A_AMP])).toEqual(
      new Map([
        [A, 'item-1'],
        [A_AMP, 'item-1'],
      ]),
    );
    expect(await aliases.claim('item-2', [A_MOBILE, A])).toEqual(
      new Map([
        [A_MOBILE, 'item-2'],
        [A, 'item-1'],
      ]),
    );
    expect(await aliases.owners([A, A_MOBILE, 'https://unknown.example/x'])).toEqual(
      new Map([
        [A, 'item-1'],
        [A_MOBILE, 'item-2'],
      ]),
    );
    expect(await aliases.aliasesOf('item-1')).toEqual([A, A_AMP]);
    expect(await aliases.claim('item-3', [])).toEqual(new Map());
  });

  it('settles concurrent claims for one URL on a single owner', async () => {
    const claims = await Promise.all(
      ['x', 'y', 'z'].map((id) => storage.urlAliases.claim(id, [A, `${A}?p=${id}`])),
    );
    const owners = new Set(claims.map((claim) => claim.get(A)));
    expect(owners.size).toBe(1);
    expect(claims.every((claim, i) => claim.get(`${A}?p=${['x', 'y', 'z'][i]}`) === ['x', 'y', 'z'][i])).toBe(
      true,
    );
  });

  it('forgets the aliases of deleted items only', async () => {
    await storage.urlAliases.claim('item-1', [A, A_AMP]);
    await storage.urlAliases.claim('item-2', [A_MOBILE]);
    await storage.urlAliases.deleteItems(['item-1']);
    expect(await storage.urlAliases.owners([A, A_AMP, A_MOBILE])).toEqual(new Map([[A_MOBILE, 'item-2']]));
    expect(await storage.urlAliases.aliasesOf('item-1')).toEqual([]);
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
