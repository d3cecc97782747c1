// UserRepository on the engine: one document per user (profile and credentials, as the SQLite
// row), and a key document per username that makes usernames unique across processes and finds
// a user by name with real-time GETs only (login never waits for a refresh).
import type { Role, User, UserCredentials, UserRepository } from '@presswatch/domain';
import { type Collection, isConflict } from '../../collection/index.ts';
import { UniqueConstraintError } from './constraint-errors.ts';
import { type KeyDoc, uniqueKeys } from './unique-keys.ts';

export interface UserDoc {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  time_zone: string;
  locale: 'vi' | 'en';
  disabled: boolean;
  created_at: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
}

/** Keyword username: list() sorts on it byte-wise, as SQLite's ORDER BY username does. */
export const USER_PROPERTIES = {
  id: { type: 'keyword' },
  username: { type: 'keyword' },
  role: { type: 'keyword' },
  disabled: { type: 'boolean' },
};

const toUser = (doc: UserDoc): User => ({
  id: doc.id,
  username: doc.username,
  displayName: doc.display_name,
  email: doc.email,
  role: doc.role,
  timeZone: doc.time_zone,
  locale: doc.locale,
  disabled: doc.disabled,
  createdAt: doc.created_at,
});

/** The profile fields an update may change (never id, created_at or credentials). */
const profile = (user: User) => ({
  username: user.username.toLowerCase(),
  display_name: user.displayName,
  email: user.email,
  role: user.role,
  time_zone: user.timeZone,
  locale: user.locale,
  disabled: user.disabled,
});

export function createUserRepository(users: Collection<UserDoc>, names: Collection<KeyDoc>): UserRepository {
  const holdsName = async (userId: string, username: string) =>
    (await users.get(userId))?.doc.username === username;
  const usernames = uniqueKeys(names, 'users.username', holdsName);

  const insert = async (doc: UserDoc) => {
    try {
      await users.put(doc.id, doc, { create: true });
    } catch (error) {
      throw isConflict(error) ? new UniqueConstraintError('users.id') : error;
    }
  };

  return {
    async create(user, passwordHash) {
      const doc: UserDoc = {
        id: user.id,
        ...profile(user),
        created_at: user.createdAt,
        password_hash: passwordHash,
        failed_logins: 0,
        locked_until: null,
      };
      const undo = async () => {
        await users.delete(doc.id);
      };
      await usernames.reserve(doc.username, doc.id, () => insert(doc), undo);
      return toUser(doc);
    },
    async get(id) {
      const found = await users.get(id);
      return found ? toUser(found.doc) : null;
    },
    async findByUsername(username) {
      const name = username.toLowerCase();
      const owner = await usernames.ownerOf(name);
      const found = owner ? await users.get(owner) : null;
      // A stale key (its owner never written, or renamed since) finds nobody.
      return found?.doc.username === name ? toUser(found.doc) : null;
    },
    async list() {
      return (await users.findAll({ sort: [{ username: 'asc' }] })).map((hit) => toUser(hit.doc));
    },
    async update(user) {
      const current = await users.get(user.id);
      if (!current) return; // SQLite: UPDATE … WHERE id matches nothing
      const next = { ...current.doc, ...profile(user) };
      if (next.username === current.doc.username) {
        await users.modify(user.id, (doc) => (doc ? { ...doc, ...profile(user) } : null));
        return;
      }
      // A rename: take the new name first (refused when taken), free the old one after.
      const write = async () => {
        await users.modify(user.id, (doc) => (doc ? { ...doc, ...profile(user) } : null));
      };
      const undo = async () => {
        await users.modify(user.id, (doc) => (doc ? { ...doc, username: current.doc.username } : null));
      };
      await usernames.reserve(next.username, user.id, write, undo);
      await usernames.release(current.doc.username, user.id);
    },
    async getCredentials(userId) {
      const found = await users.get(userId);
      if (!found) return null;
      return {
        userId: found.doc.id,
        passwordHash: found.doc.password_hash,
        failedLogins: found.doc.failed_logins,
        lockedUntil: found.doc.locked_until,
      } satisfies UserCredentials;
    },
    async saveCredentials(value) {
      await users.modify(value.userId, (doc) =>
        doc
          ? {
              ...doc,
              password_hash: value.passwordHash,
              failed_logins: value.failedLogins,
              locked_until: value.lockedUntil,
            }
          : null,
      );
    },
  };
}
