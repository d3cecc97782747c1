// The TokenOwnerRepository contract, for every adapter: who created which API token, replaced on
// a second setOwner; an owner must be an existing user of an existing token.
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ADAPTERS, reportMissingSearchNode, useBackend, user } from './support/accounts-stores.ts';

reportMissingSearchNode('TokenOwnerRepository contract');

describe.each(ACCOUNTS_ADAPTERS)('TokenOwnerRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const stores = () => backend().stores;

  it('records, replaces and finds token owners', async () => {
    const { users, tokens, tokenOwners } = stores();
    await users.create(user('u1', 'lan'), 'h');
    await users.create(user('u2', 'an'), 'h');
    for (const id of ['tk3', 'tk1', 'tk2']) {
      await tokens.create({ id, name: 'n', role: 'viewer', secretHash: `x-${id}` });
    }
    await tokenOwners.setOwner('tk3', 'u1');
    await tokenOwners.setOwner('tk1', 'u1');
    expect(await tokenOwners.ownerOf('tk1')).toBe('u1');
    expect(await tokenOwners.ownerOf('tk2')).toBeNull();
    expect((await tokenOwners.tokenIdsOf('u1')).sort()).toEqual(['tk1', 'tk3']);
    await tokenOwners.setOwner('tk1', 'u2');
    expect(await tokenOwners.ownerOf('tk1')).toBe('u2');
    expect(await tokenOwners.tokenIdsOf('u1')).toEqual(['tk3']);
    expect(await tokenOwners.tokenIdsOf('u2')).toEqual(['tk1']);
    expect(await tokenOwners.tokenIdsOf('nobody')).toEqual([]);
  });

  it('refuses an owner that is not a user, or a token that does not exist', async () => {
    const { users, tokens, tokenOwners } = stores();
    await users.create(user('u1', 'lan'), 'h');
    await tokens.create({ id: 'tk1', name: 'n', role: 'viewer', secretHash: 'x1' });
    await expect(tokenOwners.setOwner('tk1', 'ghost')).rejects.toThrow(/FOREIGN KEY/);
    await expect(tokenOwners.setOwner('no-token', 'u1')).rejects.toThrow(/FOREIGN KEY/);
    expect(await tokenOwners.ownerOf('tk1')).toBeNull();
    expect(await tokenOwners.ownerOf('no-token')).toBeNull();
  });

  it('shows an owner set by one process to another', async () => {
    const other = await backend().second();
    await stores().users.create(user('u1', 'lan'), 'h');
    await stores().tokens.create({ id: 'tk1', name: 'n', role: 'viewer', secretHash: 'x1' });
    await other.tokenOwners.setOwner('tk1', 'u1');
    expect(await stores().tokenOwners.ownerOf('tk1')).toBe('u1');
    expect(await stores().tokenOwners.tokenIdsOf('u1')).toEqual(['tk1']);
  });
});
