// SessionRepository on the engine: one document per session whose id is the SHA-256 of the
// session id (as SQLite stores it: the id itself lives only in the cookie), so the lookup every
// request makes is one real-time GET. Expiry is a keyword range, compared byte-wise like SQLite's
// `expires_at <= ?` on TEXT, so purges remove exactly the sessions SQLite would.
//
// Logging in must not wait for a refresh (up to the refresh interval): writes do not, and the
// two deletes by query, which are rare (a user disabled or reset, the periodic purge), refresh
// the index first so they see every session written until then, by any process.
import { createHash } from 'node:crypto';
import type { Session, SessionRepository } from '@presswatch/domain';
import { type Collection, type Filter, isConflict } from '../../collection/index.ts';
import { ForeignKeyError, UniqueConstraintError } from './constraint-errors.ts';
import type { UserDoc } from './users.ts';

export interface SessionDoc {
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export const SESSION_PROPERTIES = {
  user_id: { type: 'keyword' },
  expires_at: { type: 'keyword' },
};

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export function createSessionRepository(
  sessions: Collection<SessionDoc>,
  users: Collection<UserDoc>,
  /** Makes every write so far visible to searches (the engine's refresh of the index). */
  refresh: () => Promise<void>,
): SessionRepository {
  const deleteWhere = async (filter: Filter) => {
    await sessions.ensure();
    await refresh();
    return sessions.deleteWhere(filter);
  };

  return {
    async create(session) {
      // sessions.user_id REFERENCES users (id): SQLite refuses a session of nobody.
      if (!(await users.get(session.userId))) throw new ForeignKeyError('sessions.user_id');
      const doc: SessionDoc = {
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
      };
      try {
        await sessions.put(hashSessionId(session.id), doc, { create: true, refresh: false });
      } catch (error) {
        throw isConflict(error) ? new UniqueConstraintError('sessions.id_hash') : error;
      }
    },
    async get(id) {
      const found = await sessions.get(hashSessionId(id));
      if (!found) return null;
      return {
        id,
        userId: found.doc.user_id,
        csrfToken: found.doc.csrf_token,
        createdAt: found.doc.created_at,
        expiresAt: found.doc.expires_at,
      } satisfies Session;
    },
    async delete(id) {
      await sessions.delete(hashSessionId(id), { refresh: false });
    },
    async deleteForUser(userId) {
      await deleteWhere({ where: [{ term: { user_id: userId } }] });
    },
    async purgeExpired(now) {
      return deleteWhere({ where: [{ range: { expires_at: { lte: now.toISOString() } } }] });
    },
  };
}
