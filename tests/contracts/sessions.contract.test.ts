// The SessionRepository contract, for every adapter: sessions stored under the SHA-256 of their
// id only, found by id, deleted one by one, per user, and when expired (expiresAt <= now), and
// seen at once by another process.
import { describe, expect, it } from 'vitest';
import {
  ACCOUNTS_ADAPTERS,
  reportMissingSearchNode,
  sha256,
  useBackend,
  user,
} from './support/accounts-stores.ts';

reportMissingSearchNode('SessionRepository contract');

const session = (id: string, userId: string, expiresAt: string) => ({
  id,
  userId,
  csrfToken: `csrf-${id}`,
  createdAt: '2026-11-01T00:00:00.000Z',
  expiresAt,
});

describe.each(ACCOUNTS_ADAPTERS)('SessionRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const stores = () => backend().stores;

  it('stores sessions under the hash of their id only', async () => {
    await stores().users.create(user('u1', 'lan'), 'h');
    const created = session('secret-session-id-123', 'u1', '2026-11-02T00:00:00.000Z');
    await stores().sessions.create(created);
    expect(await stores().sessions.get(created.id)).toEqual(created);
    expect(await stores().sessions.get('another-id')).toBeNull();
    expect(await backend().storedSessionKeys()).toEqual([sha256(created.id)]);
  });

  it('deletes one session, a user’s sessions, and expired sessions', async () => {
    await stores().users.create(user('u1', 'lan'), 'h');
    await stores().users.create(user('u2', 'an'), 'h');
    const { sessions } = stores();
    await sessions.create(session('s1', 'u1', '2026-11-01T10:00:00.000Z'));
    await sessions.create(session('s2', 'u1', '2026-11-03T00:00:00.000Z'));
    await sessions.create(session('s3', 'u1', '2026-11-03T00:00:00.000Z'));
    await sessions.create(session('s4', 'u2', '2026-11-02T00:00:00.000Z'));
    // Expired means expiresAt <= now: s4 expires exactly at the purge time.
    expect(await sessions.purgeExpired(new Date('2026-11-02T00:00:00Z'))).toBe(2);
    expect(await sessions.get('s1')).toBeNull();
    expect(await sessions.get('s4')).toBeNull();
    expect(await sessions.purgeExpired(new Date('2026-11-02T00:00:00Z'))).toBe(0);
    await sessions.delete('s2');
    await sessions.delete('s2');
    expect(await sessions.get('s2')).toBeNull();
    expect(await sessions.get('s3')).not.toBeNull();
    await sessions.deleteForUser('u1');
    expect(await sessions.get('s3')).toBeNull();
  });

  it('returns an expired session until it is purged (the caller checks expiry)', async () => {
    await stores().users.create(user('u1', 'lan'), 'h');
    const old = session('s-old', 'u1', '2020-01-01T00:00:00.000Z');
    await stores().sessions.create(old);
    expect(await stores().sessions.get('s-old')).toEqual(old);
  });

  it('refuses a session of a user that does not exist, and a second session with one id', async () => {
    await expect(
      stores().sessions.create(session('s1', 'ghost', '2026-11-02T00:00:00.000Z')),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await stores().sessions.get('s1')).toBeNull();
    await stores().users.create(user('u1', 'lan'), 'h');
    await stores().sessions.create(session('s1', 'u1', '2026-11-02T00:00:00.000Z'));
    await expect(stores().sessions.create(session('s1', 'u1', '2026-11-05T00:00:00.000Z'))).rejects.toThrow(
      /UNIQUE/,
    );
    expect(await stores().sessions.get('s1')).toMatchObject({ expiresAt: '2026-11-02T00:00:00.000Z' });
  });

  it('shows one process’s logins and logouts to another at once', async () => {
    const other = await backend().second();
    await stores().users.create(user('u1', 'lan'), 'h');
    await stores().sessions.create(session('s1', 'u1', '2026-11-02T00:00:00.000Z'));
    await stores().sessions.create(session('s2', 'u1', '2026-11-02T00:00:00.000Z'));
    expect(await other.sessions.get('s1')).toMatchObject({ userId: 'u1' });
    await other.sessions.delete('s1');
    expect(await stores().sessions.get('s1')).toBeNull();
    await other.sessions.deleteForUser('u1');
    expect(await stores().sessions.get('s2')).toBeNull();
  });
});
