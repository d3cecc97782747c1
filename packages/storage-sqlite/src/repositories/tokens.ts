// TokenRepository: API tokens found by the hash of their secret; revoked tokens are not found.
import type { ApiToken, Role, TokenRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

const toToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export function createTokenRepository(db: Database): TokenRepository {
  const insert = db.prepare(`
    INSERT INTO api_tokens (id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)
    RETURNING id, name, role, created_at, revoked_at`);
  const bySecret = db.prepare(`
    SELECT id, name, role, created_at, revoked_at FROM api_tokens
    WHERE secret_hash = ? AND revoked_at IS NULL`);
  const all = db.prepare(
    'SELECT id, name, role, created_at, revoked_at FROM api_tokens ORDER BY created_at DESC, id',
  );
  const revoke = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');

  return {
    async create(token) {
      const row = insert.get(token.id, token.name, token.role, token.secretHash, new Date().toISOString());
      return toToken(row as TokenRow);
    },
    async findBySecretHash(secretHash) {
      const row = bySecret.get(secretHash) as TokenRow | undefined;
      return row ? toToken(row) : null;
    },
    async list() {
      return (all.all() as TokenRow[]).map(toToken);
    },
    async revoke(id) {
      revoke.run(new Date().toISOString(), id);
    },
  };
}
