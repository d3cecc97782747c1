// TokenOwnerRepository: which user created which API token (tokens without a row have no owner).
import type { TokenOwnerRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

export function createTokenOwnerRepository(db: Database): TokenOwnerRepository {
  const upsert = db.prepare(`
    INSERT INTO api_token_owners (token_id, user_id) VALUES (?, ?)
    ON CONFLICT (token_id) DO UPDATE SET user_id = excluded.user_id`);
  const owner = db.prepare('SELECT user_id FROM api_token_owners WHERE token_id = ?').pluck();
  const tokens = db.prepare('SELECT token_id FROM api_token_owners WHERE user_id = ?').pluck();

  return {
    async setOwner(tokenId, userId) {
      upsert.run(tokenId, userId);
    },
    async ownerOf(tokenId) {
      return (owner.get(tokenId) as string | undefined) ?? null;
    },
    async tokenIdsOf(userId) {
      return tokens.all(userId) as string[];
    },
  };
}
