// The session-cookie key: from PRESSWATCH_SESSION_SECRET when set (API processes on several hosts
// share it), else made once in the data directory and read back by every later process.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCookieSecret } from '../src/cookie-secret.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cookie-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCookieSecret', () => {
  it('uses the environment’s secret and writes no file', () => {
    const dir = tempDir();
    const secret = 'k'.repeat(40);
    expect(loadCookieSecret(dir, secret)).toBe(secret);
    expect(existsSync(join(dir, 'session-secret'))).toBe(false);
  });

  it('refuses a short secret from the environment', () => {
    expect(() => loadCookieSecret(tempDir(), 'short')).toThrow(/at least 32/);
  });

  it('makes a secret once in the data directory and gives every later caller the same one', () => {
    const dir = tempDir();
    const first = loadCookieSecret(dir, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadCookieSecret(dir, '')).toBe(first);
    expect(loadCookieSecret(tempDir(), undefined)).not.toBe(first);
  });
});
