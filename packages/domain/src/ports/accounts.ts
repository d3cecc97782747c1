// People and their access: users with roles, login sessions, and the audit log of changes.
// API tokens (for integrations) are in repositories.ts (TokenRepository).
import type { Role } from '../model.ts';

export interface User {
  id: string;
  /** Login name, unique, lower-case. */
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  /** IANA time zone for digests and dates shown to this user. */
  timeZone: string;
  /** UI language. */
  locale: 'vi' | 'en';
  disabled: boolean;
  createdAt: string;
}

export interface UserCredentials {
  userId: string;
  /** Encoded memory-hard KDF hash (algorithm, parameters, salt, hash). */
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
}

export interface UserRepository {
  create(user: User, passwordHash: string): Promise<User>;
  get(id: string): Promise<User | null>;
  findByUsername(username: string): Promise<User | null>;
  list(): Promise<User[]>;
  update(user: User): Promise<void>;
  getCredentials(userId: string): Promise<UserCredentials | null>;
  saveCredentials(credentials: UserCredentials): Promise<void>;
}

export interface Session {
  id: string;
  userId: string;
  /** Double-submit CSRF token bound to the session. */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepository {
  /** Stores the session under the hash of its id (the id itself is only in the cookie). */
  create(session: Session): Promise<void>;
  get(id: string): Promise<Session | null>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  purgeExpired(now: Date): Promise<number>;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** "user:<id>" or "token:<id>" or "system". */
  actor: string;
  /** e.g. "source.update", "rule.create", "user.role". */
  action: string;
  target: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void>;
  /** Newest first, cursor-paginated. */
  list(options: { limit: number; cursor?: string | null; actor?: string; action?: string }): Promise<{
    entries: AuditEntry[];
    nextCursor: string | null;
  }>;
}

/**
 * Who created each API token. People own the tokens they create (a disabled owner's tokens stop
 * working; a token never acts above its owner's current role); the environment's admin token and
 * tokens created by it have no owner. Kept beside TokenRepository so that port stays unchanged.
 */
export interface TokenOwnerRepository {
  setOwner(tokenId: string, userId: string): Promise<void>;
  ownerOf(tokenId: string): Promise<string | null>;
  tokenIdsOf(userId: string): Promise<string[]>;
}
