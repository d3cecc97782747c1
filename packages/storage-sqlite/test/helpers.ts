// A fresh storage in its own temporary folder, closed and removed by the returned cleanup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '../src/index.ts';

export function tempStorage(): { storage: SqliteStorage; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'presswatch-sqlite-'));
  const path = join(dir, 'store.db');
  const storage = openSqliteStorage({ path });
  return {
    storage,
    path,
    cleanup: () => {
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
