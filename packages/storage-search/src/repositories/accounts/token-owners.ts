// TokenOwnerRepository on the engine: one document per owned token (id: the token id), read by
// real-time GET on every request a token makes; tokens without a document have no owner.
import type { TokenOwnerRepository } from '@presswatch/domain';
import type { Collection } from '../../collection/index.ts';
import { ForeignKeyError } from './constraint-errors.ts';

export interface TokenOwnerDoc {
  token_id: string;
  user_id: string;
}

export const TOKEN_OWNER_PROPERTIES = {
  token_id: { type: 'keyword' },
  user_id: { type: 'keyword' },
};

export function createTokenOwnerRepository(
  owners: Collection<TokenOwnerDoc>,
  references: { tokenExists(id: string): Promise<boolean>; userExists(id: string): Promise<boolean> },
): TokenOwnerRepository {
  return {
    async setOwner(tokenId, userId) {
      // api_token_owners references api_tokens (id) and users (id), as in SQLite.
      if (!(await references.tokenExists(tokenId))) throw new ForeignKeyError('api_token_owners.token_id');
      if (!(await references.userExists(userId))) throw new ForeignKeyError('api_token_owners.user_id');
      await owners.put(tokenId, { token_id: tokenId, user_id: userId });
    },
    async ownerOf(tokenId) {
      return (await owners.get(tokenId))?.doc.user_id ?? null;
    },
    /** By token id (SQLite gives no order). */
    async tokenIdsOf(userId) {
      const hits = await owners.findAll({
        filter: { where: [{ term: { user_id: userId } }] },
        sort: [{ token_id: 'asc' }],
      });
      return hits.map((hit) => hit.doc.token_id);
    },
  };
}
