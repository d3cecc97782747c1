// X-Hub-Signature (W3C WebSub §8): "<method>=<hex HMAC of the raw body keyed with hub.secret>",
// method one of sha1, sha256, sha384, sha512. Compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HUB_SIGNATURE_METHODS = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
export type HubSignatureMethod = (typeof HUB_SIGNATURE_METHODS)[number];

export type SignatureCheck =
  | { valid: true; method: HubSignatureMethod }
  | { valid: false; reason: 'missing' | 'malformed' | 'unsupported-method' | 'mismatch' };

/** The header value a hub sends for this body. */
export function signHubBody(method: HubSignatureMethod, secret: string, body: Uint8Array | string): string {
  return `${method}=${createHmac(method, secret).update(body).digest('hex')}`;
}

export function verifyHubSignature(
  header: string | null | undefined,
  body: Uint8Array,
  secret: string,
): SignatureCheck {
  if (!header?.trim()) return { valid: false, reason: 'missing' };
  const match = /^\s*([a-z0-9]+)=([0-9a-f]+)\s*$/i.exec(header);
  if (!match) return { valid: false, reason: 'malformed' };
  const method = match[1]!.toLowerCase();
  if (!isMethod(method)) return { valid: false, reason: 'unsupported-method' };
  const expected = createHmac(method, secret).update(body).digest();
  const given = Buffer.from(match[2]!, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { valid: false, reason: 'mismatch' };
  }
  return { valid: true, method };
}

function isMethod(name: string): name is HubSignatureMethod {
  return (HUB_SIGNATURE_METHODS as readonly string[]).includes(name);
}
