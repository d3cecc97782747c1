// The UserRepository contract, for every adapter: usernames lower-cased and unique (also when two
// processes create the same one at once), users listed by username, and credentials read and
// written apart from the profile.
import type { User } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ADAPTERS, reportMissingSearchNode, useBackend, user } from './support/accounts-stores.ts';

reportMissingSearchNode('UserRepository contract');

describe.each(ACCOUNTS_ADAPTERS)('UserRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const users = () => backend().stores.users;

  it('creates, finds by lower-cased username, lists and updates users', async () => {
    expect(await users().create(user('u1', 'Lan'), 'hash-1')).toEqual(user('u1', 'lan'));
    await users().create(user('u2', 'an', { role: 'viewer' }), 'hash-2');
    expect(await users().findByUsername('LAN')).toMatchObject({ id: 'u1', username: 'lan' });
    expect(await users().findByUsername('nobody')).toBeNull();
    expect((await users().list()).map((u) => u.username)).toEqual(['an', 'lan']);
    await users().update({ ...user('u2', 'an'), role: 'admin', disabled: true, email: 'an@example.vn' });
    expect(await users().get('u2')).toEqual(
      user('u2', 'an', { role: 'admin', disabled: true, email: 'an@example.vn' }),
    );
    expect(await users().get('nobody')).toBeNull();
  });

  it('refuses a second user with the same username', async () => {
    await users().create(user('u1', 'lan'), 'h');
    await expect(users().create(user('u2', 'Lan'), 'h')).rejects.toThrow(/UNIQUE/);
    expect((await users().list()).map((u) => u.id)).toEqual(['u1']);
    expect(await users().get('u2')).toBeNull();
  });

  it('keeps credentials apart from profile updates', async () => {
    await users().create(user('u1', 'lan'), 'hash-1');
    expect(await users().getCredentials('u1')).toEqual({
      userId: 'u1',
      passwordHash: 'hash-1',
      failedLogins: 0,
      lockedUntil: null,
    });
    const credentials = {
      userId: 'u1',
      passwordHash: 'hash-2',
      failedLogins: 3,
      lockedUntil: '2026-11-01T01:00:00.000Z',
    };
    await users().saveCredentials(credentials);
    await users().update(
      user('u1', 'lan', { displayName: 'Lan Nguyễn', createdAt: '2030-01-01T00:00:00.000Z' }),
    );
    expect(await users().getCredentials('u1')).toEqual(credentials);
    // An update changes the profile only: never the creation time.
    expect(await users().get('u1')).toEqual(user('u1', 'lan', { displayName: 'Lan Nguyễn' }));
  });

  it('ignores updates and credentials of a user that does not exist', async () => {
    await users().update(user('ghost', 'ghost'));
    await users().saveCredentials({ userId: 'ghost', passwordHash: 'h', failedLogins: 0, lockedUntil: null });
    expect(await users().get('ghost')).toBeNull();
    expect(await users().getCredentials('ghost')).toBeNull();
    expect(await users().findByUsername('ghost')).toBeNull();
  });

  it('moves a user to a new username and frees the old one', async () => {
    await users().create(user('u1', 'lan'), 'h');
    await users().create(user('u2', 'an'), 'h');
    await users().update(user('u1', 'Lan.Nguyen'));
    expect(await users().findByUsername('lan.nguyen')).toMatchObject({ id: 'u1' });
    expect(await users().findByUsername('lan')).toBeNull();
    await expect(users().update(user('u1', 'an'))).rejects.toThrow(/UNIQUE/);
    expect(await users().get('u1')).toMatchObject({ username: 'lan.nguyen' });
    await users().create(user('u3', 'lan'), 'h');
    expect(await users().findByUsername('lan')).toMatchObject({ id: 'u3' });
  });

  it('loses neither a profile edit nor a credentials change made at once by two processes', async () => {
    const other = await backend().second();
    await users().create(user('u1', 'lan'), 'hash-1');
    const credentials = { userId: 'u1', passwordHash: 'hash-2', failedLogins: 2, lockedUntil: null };
    await Promise.all([
      users().update(user('u1', 'lan', { displayName: 'Lan Nguyễn', role: 'press_officer' })),
      other.users.saveCredentials(credentials),
    ]);
    expect(await other.users.get('u1')).toEqual(
      user('u1', 'lan', { displayName: 'Lan Nguyễn', role: 'press_officer' }),
    );
    expect(await users().getCredentials('u1')).toEqual(credentials);
  });

  it('lets exactly one of two processes creating the same username at once have it', async () => {
    const other = await backend().second();
    const results = await Promise.allSettled([
      users().create(user('u1', 'minh'), 'h1'),
      other.users.create(user('u2', 'Minh'), 'h2'),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String((lost[0] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    const winner = (won[0] as PromiseFulfilledResult<User>).value;
    expect(await other.users.findByUsername('minh')).toEqual(winner);
    expect(await users().list()).toEqual([winner]);
  });
});
