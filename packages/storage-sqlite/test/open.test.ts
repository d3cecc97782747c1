import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, openSqliteStorage, schemaVersion } from '../src/index.ts';
import { tempStorage } from './helpers.ts';

let cleanup: (() => void) | undefined;

afterEach(() => cleanup?.());

describe('openSqliteStorage', () => {
  it('opens in WAL mode with foreign keys, migrated to the latest version, and answers ping', () => {
    const temp = tempStorage();
    cleanup = temp.cleanup;
    expect(temp.storage.ping()).toBe(true);
    const db = new Database(temp.path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(schemaVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    db.close();
    temp.storage.close();
    expect(temp.storage.ping()).toBe(false);
  });

  it('applies each migration once, also when reopened, and keeps data', async () => {
    const temp = tempStorage();
    cleanup = temp.cleanup;
    await temp.storage.documents.put({
      id: 'd',
      sourceId: 's',
      url: 'u',
      canonicalUrl: 'u',
      title: null,
      byline: null,
      publishedAt: null,
      languageHint: null,
      text: 't',
      fetchedAt: '2025-07-01T00:00:00.000Z',
    });
    temp.storage.close();
    const again = openSqliteStorage({ path: temp.path });
    expect((await again.documents.get('d'))?.text).toBe('t');
    again.close();
  });

  it('runs migrations added later, in version order', () => {
    const db = new Database(':memory:');
    const ran: number[] = [];
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    const later = [
      { version: latest + 2, name: 'second-later', up: () => ran.push(latest + 2) },
      { version: latest + 1, name: 'first-later', sql: 'CREATE TABLE extra (x)' },
    ];
    expect(migrate(db, [...MIGRATIONS, ...later])).toBe(MIGRATIONS.length + 2);
    expect(migrate(db, [...MIGRATIONS, ...later])).toBe(0);
    expect(ran).toEqual([latest + 2]);
    expect(schemaVersion(db)).toBe(latest + 2);
    db.close();
  });
});
