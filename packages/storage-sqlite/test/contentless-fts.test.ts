// items_fts keeps no copy of the text (migration 11): searches, deletes and rewrites still work,
// and a store indexed before the migration is searchable after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuery } from '@presswatch/query';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { MIGRATIONS, migrate, openSqliteStorage, type SqliteStorage } from '../src/index.ts';
import { createItemWriter } from '../src/items/item-writer.ts';

const AT = '2026-03-01T08:00:00.000Z';
const BORDER = fixtureItem('border', AT, { title: 'Cửa khẩu Lao Bảo', text: 'Hàng hóa qua biên giới tăng.' });
const SEA = fixtureItem('sea', AT, { title: 'Ngư dân Cồn Cỏ', text: 'Tàu cá ra khơi gần đảo.' });

let dir = '';
let storage: SqliteStorage | null = null;

afterEach(() => {
  storage?.close();
  storage = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function freshPath(): string {
  dir = mkdtempSync(join(tmpdir(), 'presswatch-fts-'));
  return join(dir, 'store.db');
}

async function ids(store: SqliteStorage, query: string): Promise<string[]> {
  const page = await store.search.search({ query: parseQuery(query)!, limit: 10 });
  return page.hits.map((hit) => hit.item.id).sort();
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'items_fts%'").pluck().all() as string[];
}

describe('contentless items_fts', () => {
  it('keeps no content table, and finds, forgets and re-finds rewritten items', async () => {
    const path = freshPath();
    storage = openSqliteStorage({ path });
    await storage.items.upsertMany([BORDER, SEA]);
    const db = new Database(path, { readonly: true });
    expect(tables(db)).not.toContain('items_fts_content');
    db.close();

    expect(await ids(storage, 'biên giới')).toEqual(['border']);
    expect(await ids(storage, 'bien gioi')).toEqual(['border']);
    await storage.items.upsertMany([{ ...BORDER, text: 'Mưa lớn ở Khe Sanh.' }]);
    expect(await ids(storage, 'biên giới')).toEqual([]);
    expect(await ids(storage, '"khe sanh"')).toEqual(['border']);
    await storage.search.remove(['sea']);
    expect(await ids(storage, 'đảo')).toEqual([]);
    await storage.items.upsertMany([SEA]);
    expect(await ids(storage, 'dao')).toEqual(['sea']);
  });

  it('rebuilds the index of a store written before the migration', async () => {
    const path = freshPath();
    const db = new Database(path);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 11),
    );
    createItemWriter(db).write([BORDER, SEA]);
    expect(tables(db)).toContain('items_fts_content');
    migrate(db);
    expect(tables(db)).not.toContain('items_fts_content');
    db.close();

    storage = openSqliteStorage({ path });
    expect(await ids(storage, 'Lao Bảo')).toEqual(['border']);
    expect(await ids(storage, 'con co')).toEqual(['sea']);
    expect(await ids(storage, 'khơi OR khẩu')).toEqual(['border', 'sea']);
  });
});
