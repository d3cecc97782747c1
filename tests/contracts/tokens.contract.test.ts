// The TokenRepository contract, for every adapter: tokens found by the hash of their secret until
// revoked, listed (revoked ones too) newest first, hashes and ids unique (also when two processes
// create the same token at once).
import type { ApiToken } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ADAPTERS, reportMissingSearchNode, useBackend } from './support/accounts-stores.ts';

reportMissingSearchNode('TokenRepository contract');

/** The list order: newest first, then by id. */
const newestFirst = (a: ApiToken, b: ApiToken) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1;

describe.each(ACCOUNTS_ADAPTERS)('TokenRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const tokens = () => backend().stores.tokens;

  it('finds a token by the hash of its secret until it is revoked', async () => {
    const created = await tokens().create({ id: 't1', name: 'chat bot', role: 'viewer', secretHash: 'h1' });
    expect(created).toMatchObject({ id: 't1', name: 'chat bot', role: 'viewer', revokedAt: null });
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect(await tokens().findBySecretHash('h1')).toEqual(created);
    expect(await tokens().findBySecretHash('other')).toBeNull();
    await tokens().revoke('t1');
    expect(await tokens().findBySecretHash('h1')).toBeNull();
  });

  it('rejects a second token with the same secret hash, or the same id', async () => {
    await tokens().create({ id: 't1', name: 'a', role: 'admin', secretHash: 'same' });
    await expect(tokens().create({ id: 't2', name: 'b', role: 'admin', secretHash: 'same' })).rejects.toThrow(
      /UNIQUE/,
    );
    await expect(
      tokens().create({ id: 't1', name: 'c', role: 'admin', secretHash: 'other' }),
    ).rejects.toThrow(/UNIQUE/);
    expect((await tokens().list()).map((t) => [t.id, t.name])).toEqual([['t1', 'a']]);
    expect(await tokens().findBySecretHash('other')).toBeNull();
    // The refused token left nothing behind: its id and hash are free.
    await tokens().create({ id: 't2', name: 'b', role: 'viewer', secretHash: 'other' });
    expect(await tokens().findBySecretHash('other')).toMatchObject({ id: 't2' });
  });

  it('keeps a revoked token’s hash taken', async () => {
    await tokens().create({ id: 't1', name: 'a', role: 'admin', secretHash: 'h1' });
    await tokens().revoke('t1');
    await expect(tokens().create({ id: 't2', name: 'b', role: 'admin', secretHash: 'h1' })).rejects.toThrow(
      /UNIQUE/,
    );
  });

  it('lists every token, revoked ones included, newest first; revokes once', async () => {
    const created: ApiToken[] = [];
    for (const id of ['t2', 't3', 't1']) {
      created.push(await tokens().create({ id, name: id, role: 'viewer', secretHash: `h-${id}` }));
    }
    await tokens().revoke('t3');
    const revoked = (await tokens().list()).find((t) => t.id === 't3');
    expect(Date.parse(revoked?.revokedAt ?? '')).not.toBeNaN();
    await tokens().revoke('t3');
    await tokens().revoke('missing');
    const expected = created.map((t) =>
      t.id === 't3' ? { ...t, revokedAt: revoked?.revokedAt ?? null } : t,
    );
    expect(await tokens().list()).toEqual(expected.sort(newestFirst));
  });

  it('lets exactly one of two processes creating a token with the same secret hash have it', async () => {
    const other = await backend().second();
    const results = await Promise.allSettled([
      tokens().create({ id: 'a', name: 'a', role: 'admin', secretHash: 'shared' }),
      other.tokens.create({ id: 'b', name: 'b', role: 'admin', secretHash: 'shared' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<ApiToken>[];
    expect(won).toHaveLength(1);
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(
      /UNIQUE/,
    );
    expect(await other.tokens.findBySecretHash('shared')).toEqual(won[0]?.value);
    expect(await tokens().list()).toEqual([won[0]?.value]);
  });
});
