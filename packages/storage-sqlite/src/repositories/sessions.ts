// SessionRepository: login sessions stored under the SHA-256 of their id, so a copy of the
// database does not let anyone act as a logged-in user (the id itself lives only in the cookie).
import { createHash } from 'node:crypto';
import type { Session, SessionRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

interface SessionRow {
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

export function createSessionRepository(db: Database): SessionRepository {
  const insert = db.prepare(`
    INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`);
  const byId = db.prepare(
    'SELECT user_id, csrf_token, created_at, expires_at FROM sessions WHERE id_hash = ?',
  );
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    async create(session) {
      insert.run(hashId(session.id), session.userId, session.csrfToken, session.createdAt, session.expiresAt);
    },
    async get(id) {
      const row = byId.get(hashId(id)) as SessionRow | undefined;
      if (!row) return null;
      return {
        id,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      } satisfies Session;
    },
    async delete(id) {
      remove.run(hashId(id));
    },
    async deleteForUser(userId) {
      removeForUser.run(userId);
    },
    async purgeExpired(now) {
      return purge.run(now.toISOString()).changes;
    },
  };
}
