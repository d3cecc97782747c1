// The accounts repositories (users, sessions, audit log, token owners, saved searches) on a real
// SQLite file.
import { createHash } from 'node:crypto';
import type { User } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStorage } from '../src/index.ts';
import { tempStorage } from './helpers.ts';

let storage: SqliteStorage;
let path: string;
let cleanup: () => void;

beforeEach(() => {
  ({ storage, path, cleanup } = tempStorage());
});
afterEach(() => cleanup());

function user(id: string, username: string, overrides: Partial<User> = {}): User {
  return {
    id,
    username,
    displayName: `Người dùng ${id}`,
    email: null,
    role: 'analyst',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi',
    disabled: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('UserRepository', () => {
  it('creates, finds by lower-cased username, lists and updates users', async () => {
    await storage.users.create(user('u1', 'Lan'), 'hash-1');
    await storage.users.create(user('u2', 'an', { role: 'viewer' }), 'hash-2');
    expect(await storage.users.findByUsername('LAN')).toMatchObject({ id: 'u1', username: 'lan' });
    expect((await storage.users.list()).map((u) => u.username)).toEqual(['an', 'lan']);
    await storage.users.update({ ...user('u2', 'an'), role: 'admin', disabled: true });
    expect(await storage.users.get('u2')).toMatchObject({ role: 'admin', disabled: true });
    expect(await storage.users.get('nobody')).toBeNull();
  });

  it('refuses a second user with the same username', async () => {
    await storage.users.create(user('u1', 'lan'), 'h');
    await expect(storage.users.create(user('u2', 'Lan'), 'h')).rejects.toThrow(/UNIQUE/);
  });

  it('keeps credentials apart from profile updates', async () => {
    await storage.users.create(user('u1', 'lan'), 'hash-1');
    await storage.users.saveCredentials({
      userId: 'u1',
      passwordHash: 'hash-2',
      failedLogins: 3,
      lockedUntil: '2026-11-01T01:00:00.000Z',
    });
    await storage.users.update(user('u1', 'lan', { displayName: 'Lan Nguyễn' }));
    expect(await storage.users.getCredentials('u1')).toEqual({
      userId: 'u1',
      passwordHash: 'hash-2',
      failedLogins: 3,
      lockedUntil: '2026-11-01T01:00:00.000Z',
    });
  });
});

describe('SessionRepository', () => {
  it('stores sessions under the hash of their id only', async () => {
    await storage.users.create(user('u1', 'lan'), 'h');
    const session = {
      id: 'secret-session-id-123',
      userId: 'u1',
      csrfToken: 'csrf',
      createdAt: '2026-11-01T00:00:00.000Z',
      expiresAt: '2026-11-02T00:00:00.000Z',
    };
    await storage.sessions.create(session);
    expect(await storage.sessions.get(session.id)).toEqual(session);
    const db = new Database(path, { readonly: true });
    const stored = db.prepare('SELECT id_hash FROM sessions').pluck().all();
    db.close();
    expect(stored).toEqual([createHash('sha256').update(session.id).digest('hex')]);
  });

  it('deletes one session, a user’s sessions, and expired sessions', async () => {
    await storage.users.create(user('u1', 'lan'), 'h');
    const base = { userId: 'u1', csrfToken: 'c', createdAt: '2026-11-01T00:00:00.000Z' };
    await storage.sessions.create({ ...base, id: 's1', expiresAt: '2026-11-01T10:00:00.000Z' });
    await storage.sessions.create({ ...base, id: 's2', expiresAt: '2026-11-03T00:00:00.000Z' });
    await storage.sessions.create({ ...base, id: 's3', expiresAt: '2026-11-03T00:00:00.000Z' });
    expect(await storage.sessions.purgeExpired(new Date('2026-11-02T00:00:00Z'))).toBe(1);
    expect(await storage.sessions.get('s1')).toBeNull();
    await storage.sessions.delete('s2');
    expect(await storage.sessions.get('s2')).toBeNull();
    expect(await storage.sessions.get('s3')).not.toBeNull();
    await storage.sessions.deleteForUser('u1');
    expect(await storage.sessions.get('s3')).toBeNull();
  });
});

describe('AuditLog', () => {
  it('lists newest first with a cursor and filters by actor, action and action prefix', async () => {
    for (let i = 0; i < 5; i++) {
      await storage.audit.record({
        actor: i % 2 ? 'user:a' : 'token:t',
        action: i < 3 ? 'user.create' : 'source.update',
        target: `t${i}`,
        details: { i },
      });
    }
    const first = await storage.audit.list({ limit: 2 });
    expect(first.entries.map((e) => e.target)).toEqual(['t4', 't3']);
    const second = await storage.audit.list({ limit: 2, cursor: first.nextCursor });
    expect(second.entries.map((e) => e.target)).toEqual(['t2', 't1']);
    const third = await storage.audit.list({ limit: 2, cursor: second.nextCursor });
    expect(third.entries.map((e) => e.target)).toEqual(['t0']);
    expect(third.nextCursor).toBeNull();
    expect((await storage.audit.list({ limit: 10, actor: 'user:a' })).entries).toHaveLength(2);
    expect((await storage.audit.list({ limit: 10, action: 'user.create' })).entries).toHaveLength(3);
    expect((await storage.audit.list({ limit: 10, action: 'source.*' })).entries).toHaveLength(2);
    expect(first.entries[0]).toMatchObject({ actor: 'token:t', details: { i: 4 } });
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(storage.audit.list({ limit: 2, cursor: 'bogus' })).rejects.toThrow(/cursor/i);
  });
});

describe('TokenOwnerRepository', () => {
  it('records and finds token owners', async () => {
    await storage.users.create(user('u1', 'lan'), 'h');
    await storage.tokens.create({ id: 'tk1', name: 'n', role: 'viewer', secretHash: 'x1' });
    await storage.tokens.create({ id: 'tk2', name: 'n', role: 'viewer', secretHash: 'x2' });
    await storage.tokenOwners.setOwner('tk1', 'u1');
    expect(await storage.tokenOwners.ownerOf('tk1')).toBe('u1');
    expect(await storage.tokenOwners.ownerOf('tk2')).toBeNull();
    expect(await storage.tokenOwners.tokenIdsOf('u1')).toEqual(['tk1']);
  });
});

describe('SavedSearchRepository', () => {
  const saved = (id: string, ownerId: string) => ({
    id,
    ownerId,
    name: `Tìm ${id}`,
    query: 'biển đảo',
    filters: { languages: ['vi'], domestic: true },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });

  it('creates, lists per owner with a cursor, updates and deletes', async () => {
    await storage.savedSearches.create(saved('s1', 'u1'));
    await storage.savedSearches.create(saved('s2', 'u2'));
    await storage.savedSearches.create(saved('s3', 'u1'));
    const mine = await storage.savedSearches.list({ ownerId: 'u1', limit: 1 });
    expect(mine.searches.map((s) => s.id)).toEqual(['s3']);
    const next = await storage.savedSearches.list({ ownerId: 'u1', limit: 1, cursor: mine.nextCursor });
    expect(next.searches.map((s) => s.id)).toEqual(['s1']);
    expect(next.nextCursor).toBeNull();
    expect((await storage.savedSearches.list({ limit: 10 })).searches).toHaveLength(3);
    await storage.savedSearches.update({ ...saved('s1', 'u1'), query: 'biên giới', filters: {} });
    expect(await storage.savedSearches.get('s1')).toMatchObject({ query: 'biên giới', filters: {} });
    await storage.savedSearches.delete('s1');
    expect(await storage.savedSearches.get('s1')).toBeNull();
  });

  it('finds a search by its feed token hash until the feed is revoked', async () => {
    await storage.savedSearches.create(saved('s1', 'u1'));
    expect((await storage.savedSearches.get('s1'))?.feedEnabled).toBe(false);
    await storage.savedSearches.setFeedTokenHash('s1', 'hash-a');
    expect(await storage.savedSearches.findByFeedTokenHash('hash-a')).toMatchObject({
      id: 's1',
      feedEnabled: true,
    });
    await storage.savedSearches.setFeedTokenHash('s1', null);
    expect(await storage.savedSearches.findByFeedTokenHash('hash-a')).toBeNull();
  });
});
