import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../src/items/group-commit.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function openDb() {
  dir = mkdtempSync(join(tmpdir(), 'pw-group-commit-'));
  const path = join(dir, 'db.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  return { db, path };
}

describe('createGroupCommit', () => {
  it('runs the tasks asked for in one turn in one transaction, resolved once another connection sees them', async () => {
    const { db, path } = openDb();
    const group = createGroupCommit(db);
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    const seen: boolean[] = [];
    const writes = ['a', 'b', 'c'].map((id, v) =>
      group.run(() => {
        seen.push(db.inTransaction);
        return insert.run(id, v).changes;
      }),
    );
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0); // nothing ran yet
    expect(await Promise.all(writes)).toEqual([1, 1, 1]);
    expect(seen).toEqual([true, true, true]);
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT id FROM t ORDER BY id').pluck().all()).toEqual(['a', 'b', 'c']);
    other.close();
    db.close();
  });

  it('rolls back and rejects only the task that failed; the others of its batch commit', async () => {
    const { db } = openDb();
    const group = createGroupCommit(db);
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    const ok = group.run(() => insert.run('a', 1));
    const failing = group.run(() => {
      insert.run('b', 2);
      insert.run('a', 3); // primary key violation: b must go too
    });
    const after = group.run(() => insert.run('c', 4));
    await expect(failing).rejects.toThrow(/UNIQUE/);
    await ok;
    await after;
    expect(db.prepare('SELECT id, v FROM t ORDER BY id').all()).toEqual([
      { id: 'a', v: 1 },
      { id: 'c', v: 4 },
    ]);
    db.close();
  });

  it('splits a long queue into transactions of at most maxTasks', async () => {
    const { db, path } = openDb();
    const group = createGroupCommit(db, { maxTasks: 2 });
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    // Another connection sees only what earlier transactions committed.
    const reader = new Database(path, { readonly: true });
    const committed = reader.prepare('SELECT count(*) FROM t').pluck();
    const tasks = Array.from({ length: 5 }, (_, i) =>
      group.run(() => {
        const before = committed.get() as number;
        insert.run(`id-${i}`, i);
        return before;
      }),
    );
    expect(await Promise.all(tasks)).toEqual([0, 0, 2, 2, 4]);
    reader.close();
    db.close();
  });

  it('rejects every waiting task when the transaction cannot be opened', async () => {
    const { db } = openDb();
    const group = createGroupCommit(db);
    const tasks = [group.run(() => 1), group.run(() => 2)];
    db.close();
    for (const task of tasks) await expect(task).rejects.toThrow(/not open/);
  });
});
