// API token secrets: random, shown once, stored only as a hash. A fast hash is right here because
// the secrets are 256-bit random (passwords, which are not, get a memory-hard KDF).
import { createHash, randomBytes } from 'node:crypto';

export function newTokenSecret(): string {
  return `pw_${randomBytes(32).toString('base64url')}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
