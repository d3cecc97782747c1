// Password hashing: scrypt with the production parameters, self-describing encoding,
// constant-time verification, refusal of unreadable or oversized stored parameters.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { describe, expect, it } from 'vitest';
import { FailureCounter, lockDuration, USER_LOCKOUT } from '../src/accounts/lockout.ts';
import { LoginGuard } from '../src/accounts/login.ts';
import {
  createPasswordHasher,
  DEFAULT_SCRYPT,
  hashPassword,
  verifyPassword,
} from '../src/accounts/passwords.ts';
import { createUser } from '../src/accounts/users.ts';

describe('password hashing', () => {
  it('uses scrypt N=2^15, r=8, p=1 by default, with a random salt', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ ln: 15, r: 8, p: 1 });
    const hash = await hashPassword('mật khẩu đủ dài');
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('mật khẩu đủ dài', hash)).toBe(true);
    expect(await verifyPassword('mật khẩu đủ dài!', hash)).toBe(false);
  });

  it('normalises to NFC, so the same password typed decomposed still matches', async () => {
    const hash = await hashPassword('Quảng Trị 2025', { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword('Quảng Trị 2025'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses unreadable hashes and parameters beyond its limits', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    const huge = (await hashPassword('x', { ln: 10, r: 8, p: 1 })).replace('ln=10', 'ln=30');
    expect(await verifyPassword('x', huge)).toBe(false);
  });

  it('asks for a rehash when the stored cost is below the current one', async () => {
    const hasher = createPasswordHasher({ ln: 11, r: 8, p: 1 });
    expect(hasher.needsRehash(await hashPassword('x', { ln: 10, r: 8, p: 1 }))).toBe(true);
    expect(hasher.needsRehash(await hasher.hash('x'))).toBe(false);
  });
});

describe('lockout policy', () => {
  it('doubles the lock after the fifth failure, up to an hour', () => {
    expect([4, 5, 6, 7].map((n) => lockDuration(n, USER_LOCKOUT))).toEqual([0, 30_000, 60_000, 120_000]);
    expect(lockDuration(40, USER_LOCKOUT)).toBe(3_600_000);
  });

  it('forgets a key once it has been quiet longer than the longest lock', () => {
    const counter = new FailureCounter({ freeFailures: 1, baseMs: 1000, maxMs: 10_000 });
    counter.fail('ip', 0);
    expect(counter.lockedFor('ip', 500)).toBe(500);
    expect(counter.lockedFor('ip', 20_000)).toBe(0);
    counter.fail('ip', 20_000);
    expect(counter.lockedFor('ip', 20_000)).toBe(1000); // counted from one again
  });

  it('unlocks a user once the lock has passed (on a real store, with the clock injected)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-lockout-'));
    const storage = openSqliteStorage({ path: join(dir, 'pw.db') });
    try {
      let now = Date.parse('2026-11-01T00:00:00Z');
      const hasher = createPasswordHasher({ ln: 10, r: 8, p: 1 });
      await createUser(storage.users, { username: 'u1', password: 'đúng-mật-khẩu', role: 'viewer' }, hasher);
      const guard = new LoginGuard(storage.users, hasher, () => now);
      for (let i = 0; i < 5; i++) expect((await guard.attempt('u1', 'sai', `ip${i}`)).kind).toBe('invalid');
      expect(await guard.attempt('u1', 'đúng-mật-khẩu', 'ip9')).toEqual({
        kind: 'locked',
        retryAfterSeconds: 30,
      });
      now += 31_000;
      expect((await guard.attempt('u1', 'đúng-mật-khẩu', 'ip9')).kind).toBe('ok');
    } finally {
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
