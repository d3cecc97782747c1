// The key that signs session cookies. PRESSWATCH_SESSION_SECRET (environment only) when set: API
// processes on several hosts must share it. Otherwise made once and kept in the data directory,
// so sessions survive restarts and every API process sharing the directory accepts the cookies.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function loadCookieSecret(dataDir: string, fromEnv = process.env.PRESSWATCH_SESSION_SECRET): string {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new Error('PRESSWATCH_SESSION_SECRET must be at least 32 characters');
    return fromEnv;
  }
  const file = join(resolve(dataDir), 'session-secret');
  try {
    // 'wx': only the first process to start creates it; the others read what it wrote.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} is too short to be a cookie secret`);
  return secret;
}
