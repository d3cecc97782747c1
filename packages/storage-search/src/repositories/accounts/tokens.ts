// TokenRepository on the engine: one document per token whose id is the hash of its secret, so
// the lookup every API request makes is one real-time GET (op_type create keeps hashes unique),
// and a key document per token id (ids unique; revoke finds the token by id with GETs only).
import type { ApiToken, Role, TokenRepository } from '@presswatch/domain';
import { type Collection, isConflict } from '../../collection/index.ts';
import { UniqueConstraintError } from './constraint-errors.ts';
import { type KeyDoc, type UniqueKeys, uniqueKeys } from './unique-keys.ts';

export interface TokenDoc {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

/** Keyword times: list() sorts byte-wise on created_at, as SQLite does on TEXT. */
export const TOKEN_PROPERTIES = {
  id: { type: 'keyword' },
  role: { type: 'keyword' },
  created_at: { type: 'keyword' },
  revoked_at: { type: 'keyword' },
};

const toToken = (doc: TokenDoc): ApiToken => ({
  id: doc.id,
  name: doc.name,
  role: doc.role,
  createdAt: doc.created_at,
  revokedAt: doc.revoked_at,
});

/** The token-id keys: each names the hash of its token's secret (the token's document id). */
function tokenIdKeys(tokens: Collection<TokenDoc>, ids: Collection<KeyDoc>): UniqueKeys {
  return uniqueKeys(
    ids,
    'api_tokens.id',
    async (secretHash, id) => (await tokens.get(secretHash))?.doc.id === id,
  );
}

/** Whether a token with this id exists (revoked or not), by real-time GETs. */
export function tokenExists(tokens: Collection<TokenDoc>, ids: Collection<KeyDoc>) {
  const tokenIds = tokenIdKeys(tokens, ids);
  return async (id: string): Promise<boolean> => {
    const secretHash = await tokenIds.ownerOf(id);
    return secretHash !== null && (await tokens.get(secretHash))?.doc.id === id;
  };
}

export function createTokenRepository(
  tokens: Collection<TokenDoc>,
  ids: Collection<KeyDoc>,
): TokenRepository {
  const tokenIds = tokenIdKeys(tokens, ids);

  return {
    async create(token) {
      const doc: TokenDoc = {
        id: token.id,
        name: token.name,
        role: token.role,
        created_at: new Date().toISOString(),
        revoked_at: null,
      };
      const insert = async () => {
        try {
          await tokens.put(token.secretHash, doc, { create: true });
        } catch (error) {
          throw isConflict(error) ? new UniqueConstraintError('api_tokens.secret_hash') : error;
        }
      };
      const undo = async () => {
        await tokens.delete(token.secretHash);
      };
      await tokenIds.reserve(token.id, token.secretHash, insert, undo);
      return toToken(doc);
    },
    async findBySecretHash(secretHash) {
      const found = await tokens.get(secretHash);
      return found && found.doc.revoked_at === null ? toToken(found.doc) : null;
    },
    async list() {
      const hits = await tokens.findAll({ sort: [{ created_at: 'desc' }, { id: 'asc' }] });
      return hits.map((hit) => toToken(hit.doc));
    },
    async revoke(id) {
      const secretHash = await tokenIds.ownerOf(id);
      if (!secretHash) return;
      const revokedAt = new Date().toISOString();
      await tokens.modify(secretHash, (doc) =>
        doc && doc.id === id && doc.revoked_at === null ? { ...doc, revoked_at: revokedAt } : null,
      );
    },
  };
}
