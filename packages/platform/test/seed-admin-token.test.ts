// PRESSWATCH_ADMIN_TOKEN: made valid at start, the previous value revoked when it changes, and
// safe when several processes start at once (API instances on different hosts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTokenSecret } from '../src/index.ts';
import { seedAdminToken } from '../src/seed.ts';

let dir: string;
let storage: SqliteStorage;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-admin-token-'));
  storage = openSqliteStorage({ path: join(dir, 'pw.db') });
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const FIRST = 'first-admin-token-0123456789';
const SECOND = 'second-admin-token-0123456789';

describe('seedAdminToken', () => {
  it('gives one active admin token when several processes seed the same value at once', async () => {
    await Promise.all([1, 2, 3].map(() => seedAdminToken(storage.tokens, FIRST)));
    const active = (await storage.tokens.list()).filter((token) => !token.revokedAt);
    expect(active).toHaveLength(1);
    expect((await storage.tokens.findBySecretHash(hashTokenSecret(FIRST)))?.role).toBe('admin');
  });

  it('revokes the previous value when the environment’s token changes', async () => {
    await seedAdminToken(storage.tokens, FIRST);
    await seedAdminToken(storage.tokens, SECOND);
    expect(await storage.tokens.findBySecretHash(hashTokenSecret(FIRST))).toBeNull();
    expect(await storage.tokens.findBySecretHash(hashTokenSecret(SECOND))).not.toBeNull();
    await seedAdminToken(storage.tokens, SECOND);
    expect((await storage.tokens.list()).filter((token) => !token.revokedAt)).toHaveLength(1);
  });

  it('refuses a value revoked before, with a clear error, and keeps the value that replaced it', async () => {
    await seedAdminToken(storage.tokens, FIRST);
    await seedAdminToken(storage.tokens, SECOND);
    await expect(seedAdminToken(storage.tokens, FIRST)).rejects.toThrow(/PRESSWATCH_ADMIN_TOKEN .*revoked/);
    expect(await storage.tokens.findBySecretHash(hashTokenSecret(FIRST))).toBeNull();
    expect(await storage.tokens.findBySecretHash(hashTokenSecret(SECOND))).not.toBeNull();
  });
});
