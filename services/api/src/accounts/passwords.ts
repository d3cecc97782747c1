// Password hashing with Node's built-in scrypt (memory-hard; no native add-on to install). The
// encoded form names the algorithm and its parameters, so they can be raised later and old hashes
// still verify:  $scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParameters {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  r: number;
  p: number;
}

/** N = 2^15, r = 8: 32 MiB and a few tens of milliseconds per hash on a small server. */
export const DEFAULT_SCRYPT: ScryptParameters = { ln: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Stored hashes are trusted only this far: a tampered row must not make a login allocate gigabytes.
const LIMITS: ScryptParameters = { ln: 20, r: 16, p: 4 };

function derive(password: string, salt: Buffer, params: ScryptParameters, length: number): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** params.ln,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that for N=2^15, r=8.
    maxmem: 128 * 2 ** params.ln * params.r * params.p + 16 * 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(
  password: string,
  params: ScryptParameters = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(password, salt, params, KEY_LENGTH);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface Decoded {
  params: ScryptParameters;
  salt: Buffer;
  hash: Buffer;
}

function decode(encoded: string): Decoded | null {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(encoded);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (params.ln < 1 || params.ln > LIMITS.ln || params.r < 1 || params.r > LIMITS.r) return null;
  if (params.p < 1 || params.p > LIMITS.p) return null;
  return { params, salt: Buffer.from(match[4]!, 'base64'), hash: Buffer.from(match[5]!, 'base64') };
}

/** Constant-time check of a password against an encoded hash; false for an unreadable hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const decoded = decode(encoded);
  if (!decoded || decoded.hash.length < 16) return false;
  const candidate = await derive(password, decoded.salt, decoded.params, decoded.hash.length);
  return timingSafeEqual(candidate, decoded.hash);
}

/** True when a hash was made with weaker parameters than today's: rehash at the next login. */
export function needsRehash(encoded: string, params: ScryptParameters = DEFAULT_SCRYPT): boolean {
  const decoded = decode(encoded);
  return !decoded || decoded.params.ln < params.ln || decoded.params.r < params.r;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
  /** True when a hash was made with weaker parameters than this hasher's: rehash at the next login. */
  needsRehash(encoded: string): boolean;
  /** A hash to verify against when the user does not exist, so both cases cost the same time. */
  dummyHash(): Promise<string>;
}

/** Production uses the defaults; tests may pass cheaper parameters (same code, same format). */
export function createPasswordHasher(params: ScryptParameters = DEFAULT_SCRYPT): PasswordHasher {
  let dummy: Promise<string> | null = null;
  return {
    hash: (password) => hashPassword(password, params),
    verify: verifyPassword,
    needsRehash: (encoded) => needsRehash(encoded, params),
    dummyHash() {
      dummy ??= hashPassword(randomBytes(16).toString('hex'), params);
      return dummy;
    },
  };
}
