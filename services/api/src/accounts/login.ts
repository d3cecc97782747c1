// One login attempt: lockouts first (per IP, then per user or unknown name), then one password
// check that costs the same whether or not the user exists, then the failure counters. Locked
// attempts answer "retry after" without checking the password at all, for every username alike.
import type { User, UserCredentials, UserRepository } from '@presswatch/domain';
import { FailureCounter, IP_LOCKOUT, lockDuration, USER_LOCKOUT } from './lockout.ts';
import type { PasswordHasher } from './passwords.ts';

export type LoginResult =
  | { kind: 'ok'; user: User }
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfterSeconds: number };

export class LoginGuard {
  private readonly ipFailures = new FailureCounter(IP_LOCKOUT);
  private readonly unknownNames = new FailureCounter(USER_LOCKOUT);

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly now: () => number = Date.now,
  ) {}

  async attempt(username: string, password: string, ip: string): Promise<LoginResult> {
    const now = this.now();
    const name = username.trim().toLowerCase();
    const ipLock = this.ipFailures.lockedFor(ip, now);
    if (ipLock > 0) return locked(ipLock);
    const user = await this.users.findByUsername(name);
    const credentials = user ? await this.users.getCredentials(user.id) : null;
    const userLock = credentials ? userLockedFor(credentials, now) : this.unknownNames.lockedFor(name, now);
    if (userLock > 0) return locked(userLock);

    const ok = await this.hasher.verify(
      password,
      credentials?.passwordHash ?? (await this.hasher.dummyHash()),
    );
    if (ok && user && credentials && !user.disabled) {
      await this.succeed(credentials, password);
      return { kind: 'ok', user };
    }
    this.ipFailures.fail(ip, now);
    if (credentials) await this.failUser(credentials, now);
    else this.unknownNames.fail(name, now);
    return { kind: 'invalid' };
  }

  private async succeed(credentials: UserCredentials, password: string): Promise<void> {
    const rehash = this.hasher.needsRehash(credentials.passwordHash);
    if (credentials.failedLogins === 0 && credentials.lockedUntil === null && !rehash) return;
    await this.users.saveCredentials({
      ...credentials,
      passwordHash: rehash ? await this.hasher.hash(password) : credentials.passwordHash,
      failedLogins: 0,
      lockedUntil: null,
    });
  }

  private async failUser(credentials: UserCredentials, now: number): Promise<void> {
    const failures = currentFailures(credentials, now) + 1;
    const lockMs = lockDuration(failures, USER_LOCKOUT);
    await this.users.saveCredentials({
      ...credentials,
      failedLogins: failures,
      lockedUntil: lockMs > 0 ? new Date(now + lockMs).toISOString() : credentials.lockedUntil,
    });
  }
}

function locked(ms: number): LoginResult {
  return { kind: 'locked', retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}

function userLockedFor(credentials: UserCredentials, now: number): number {
  const until = credentials.lockedUntil ? Date.parse(credentials.lockedUntil) : 0;
  return Math.max(0, until - now);
}

/** A count whose last lock ended longer ago than the longest lock starts again from zero. */
function currentFailures(credentials: UserCredentials, now: number): number {
  const until = credentials.lockedUntil ? Date.parse(credentials.lockedUntil) : null;
  if (until !== null && now - until > USER_LOCKOUT.maxMs) return 0;
  return credentials.failedLogins;
}
