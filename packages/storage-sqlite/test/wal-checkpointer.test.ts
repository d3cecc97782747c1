import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWalCheckpointer } from '../src/items/wal-checkpointer.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function openDb() {
  dir = mkdtempSync(join(tmpdir(), 'pw-wal-checkpointer-'));
  const path = join(dir, 'db.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { db, path };
}

/** ~100 pages of rows: far below the 1,000-page threshold of SQLite's own checkpoints. */
function writeRows(db: Database.Database) {
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  for (let i = 0; i < 50; i++) insert.run(`row ${i} `.repeat(1_000));
}

describe('startWalCheckpointer', () => {
  it('copies committed pages into the database file from its own thread, and hands back on stop', async () => {
    const { db, path } = openDb();
    const before = statSync(path).size;
    const checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeRows(db);
    // Only a checkpoint grows the database file while the connection is open.
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 100_000), {
      timeout: 10_000,
      interval: 20,
    });
    checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
    expect(existsSync(`${path}-wal`)).toBe(false); // the last connection folded the WAL back
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(50);
    reopened.close();
  });

  it('without the thread the same writes stay in the WAL', async () => {
    const { db, path } = openDb();
    const before = statSync(path).size;
    writeRows(db);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(path).size).toBe(before);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(100_000);
    db.close();
  });

  it('gives checkpoints back to the connection when its thread cannot open the file', async () => {
    const { db, path } = openDb();
    renameSync(path, `${path}.moved`); // the open connection keeps its file; the thread finds none
    const checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
    await vi.waitFor(() => expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000), {
      timeout: 10_000,
      interval: 20,
    });
    checkpointer.stop(); // returns at once: the thread is gone
    db.close();
  });
});
