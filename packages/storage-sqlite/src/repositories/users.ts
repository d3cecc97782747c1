// UserRepository: users with their credentials in one row; credentials are read and written apart
// from the profile so a profile edit can never touch a password hash or a lockout.
import type { Role, User, UserCredentials, UserRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  time_zone: string;
  locale: 'vi' | 'en';
  disabled: number;
  created_at: string;
}

const USER_COLUMNS = 'id, username, display_name, email, role, time_zone, locale, disabled, created_at';

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  email: row.email,
  role: row.role,
  timeZone: row.time_zone,
  locale: row.locale,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

const toParams = (user: User) => ({
  id: user.id,
  username: user.username.toLowerCase(),
  display_name: user.displayName,
  email: user.email,
  role: user.role,
  time_zone: user.timeZone,
  locale: user.locale,
  disabled: user.disabled ? 1 : 0,
  created_at: user.createdAt,
});

export function createUserRepository(db: Database): UserRepository {
  const insert = db.prepare(`
    INSERT INTO users (${USER_COLUMNS}, password_hash)
    VALUES (@id, @username, @display_name, @email, @role, @time_zone, @locale, @disabled, @created_at,
            @password_hash)
    RETURNING ${USER_COLUMNS}`);
  const byId = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const byUsername = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`);
  const all = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
  const update = db.prepare(`
    UPDATE users SET username = @username, display_name = @display_name, email = @email, role = @role,
      time_zone = @time_zone, locale = @locale, disabled = @disabled
    WHERE id = @id`);
  const credentials = db.prepare(
    'SELECT id, password_hash, failed_logins, locked_until FROM users WHERE id = ?',
  );
  const saveCredentials = db.prepare(`
    UPDATE users SET password_hash = @passwordHash, failed_logins = @failedLogins, locked_until = @lockedUntil
    WHERE id = @userId`);

  return {
    async create(user, passwordHash) {
      return toUser(insert.get({ ...toParams(user), password_hash: passwordHash }) as UserRow);
    },
    async get(id) {
      const row = byId.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async findByUsername(username) {
      const row = byUsername.get(username.toLowerCase()) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async list() {
      return (all.all() as UserRow[]).map(toUser);
    },
    async update(user) {
      update.run(toParams(user));
    },
    async getCredentials(userId) {
      const row = credentials.get(userId) as
        | { id: string; password_hash: string; failed_logins: number; locked_until: string | null }
        | undefined;
      if (!row) return null;
      return {
        userId: row.id,
        passwordHash: row.password_hash,
        failedLogins: row.failed_logins,
        lockedUntil: row.locked_until,
      } satisfies UserCredentials;
    },
    async saveCredentials(value) {
      saveCredentials.run(value);
    },
  };
}
