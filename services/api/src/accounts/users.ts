// The account rules shared by the API and the CLI: valid usernames, passwords, time zones;
// creating users, changing their profile or role, resetting passwords; never leaving the system
// without an active admin.
import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES, type Role, type SessionRepository, type User, type UserRepository } from '@presswatch/domain';
import { conflict, forbidden, invalid, notFound } from './errors.ts';
import { createPasswordHasher, type PasswordHasher } from './passwords.ts';

export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{1,63}$';
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
  email?: string | null;
  timeZone?: string;
  locale?: 'vi' | 'en';
}

export type UserChanges = Partial<
  Pick<User, 'displayName' | 'email' | 'role' | 'disabled' | 'timeZone' | 'locale'>
>;

export function checkPassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw invalid(`Password must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalid(`Password must have at most ${PASSWORD_MAX_LENGTH} characters`);
  }
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A random password for people who get theirs from an administrator (shown once). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

const defaultHasher = createPasswordHasher();

export async function createUser(
  users: UserRepository,
  input: NewUser,
  hasher: PasswordHasher = defaultHasher,
): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!new RegExp(USERNAME_PATTERN).test(username)) {
    throw invalid('Username: 2 to 64 of a-z, 0-9, ".", "_" or "-", starting with a letter or digit');
  }
  if (!ROLES.includes(input.role)) throw invalid(`Role must be one of ${ROLES.join(', ')}`);
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw invalid(`Unknown time zone ${timeZone}`);
  checkPassword(input.password);
  if (await users.findByUsername(username)) throw conflict(`User ${username} exists already`);
  const user: User = {
    id: randomUUID(),
    username,
    displayName: input.displayName?.trim() || username,
    email: input.email ?? null,
    role: input.role,
    timeZone,
    locale: input.locale ?? 'vi',
    disabled: false,
    createdAt: new Date().toISOString(),
  };
  return users.create(user, await hasher.hash(input.password));
}

/** Applies profile, role or status changes; disabling a user ends their sessions. */
export async function updateUser(
  stores: { users: UserRepository; sessions: SessionRepository },
  id: string,
  changes: UserChanges,
): Promise<{ before: User; after: User }> {
  const before = await stores.users.get(id);
  if (!before) throw notFound(`No user ${id}`);
  if (changes.timeZone !== undefined && !isTimeZone(changes.timeZone)) {
    throw invalid(`Unknown time zone ${changes.timeZone}`);
  }
  const after: User = { ...before, ...changes };
  const losesAdmin =
    before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
  if (losesAdmin && (await activeAdmins(stores.users)) <= 1) {
    throw forbidden('The last active admin cannot be demoted or disabled');
  }
  await stores.users.update(after);
  if (after.disabled && !before.disabled) await stores.sessions.deleteForUser(id);
  return { before, after };
}

/** Sets a new password, clears any lockout and ends every session of the user. */
export async function resetPassword(
  stores: { users: UserRepository; sessions: SessionRepository },
  userId: string,
  password: string,
  hasher: PasswordHasher = defaultHasher,
): Promise<void> {
  checkPassword(password);
  if (!(await stores.users.get(userId))) throw notFound(`No user ${userId}`);
  const passwordHash = await hasher.hash(password);
  await stores.users.saveCredentials({ userId, passwordHash, failedLogins: 0, lockedUntil: null });
  await stores.sessions.deleteForUser(userId);
}

async function activeAdmins(users: UserRepository): Promise<number> {
  return (await users.list()).filter((u) => u.role === 'admin' && !u.disabled).length;
}
