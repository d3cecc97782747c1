// Backoff after failed logins: the first few failures are free, then each one locks for twice as
// long as the last (30 s, 1 min, 2 min, … up to 1 h). Known users keep their count in the store
// (shared by every API process); IP addresses and unknown usernames are counted in memory here,
// so guessing names locks exactly like guessing passwords and reveals nothing.

export interface LockoutPolicy {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
}

export const USER_LOCKOUT: LockoutPolicy = { freeFailures: 5, baseMs: 30_000, maxMs: 3_600_000 };
/** Offices share an address behind NAT, so an IP gets more free failures than a user. */
export const IP_LOCKOUT: LockoutPolicy = { freeFailures: 20, baseMs: 30_000, maxMs: 3_600_000 };

/** How long to lock after the `failures`-th consecutive failure (0: not yet). */
export function lockDuration(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.baseMs * 2 ** (failures - policy.freeFailures), policy.maxMs);
}

interface Entry {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

export class FailureCounter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly maxEntries = 10_000,
  ) {}

  /** Milliseconds the key stays locked (0 when it is not). */
  lockedFor(key: string, now: number): number {
    const entry = this.current(key, now);
    return entry ? Math.max(0, entry.lockedUntil - now) : 0;
  }

  fail(key: string, now: number): void {
    const failures = (this.current(key, now)?.failures ?? 0) + 1;
    this.entries.delete(key); // re-inserted last: Map order is then oldest-failure first
    this.entries.set(key, {
      failures,
      lastFailureAt: now,
      lockedUntil: now + lockDuration(failures, this.policy),
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  /** An entry quiet for longer than the longest lock is forgotten. */
  private current(key: string, now: number): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now - entry.lastFailureAt > this.policy.maxMs) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }
}
