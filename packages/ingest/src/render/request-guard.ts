// The address check of a URL before the browser is sent there: the safe-fetch guard's scheme and
// literal-IP test, then its lookup, which refuses names resolving to special-purpose addresses
// (loopback, private, link-local…) that the allowlist does not cover. The render uses it on the
// page URL for a clear early error; the guard proxy (guard-proxy.ts) enforces the same policy on
// every connection the page then makes.
import { isIP } from 'node:net';
import { type AddressGuard, createAddressGuard, portOf } from '../http/address-guard.ts';
import { type HostResolver, systemResolver } from '../http/policy.ts';

/** Resolves to null when the URL may be requested, else the reason it may not. */
export type RequestCheck = (url: string) => Promise<string | null>;

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export function createRequestGuard(
  allow: readonly string[],
  resolver: HostResolver = systemResolver,
): RequestCheck {
  return requestCheckFor(createAddressGuard(allow, resolver));
}

export function requestCheckFor(guard: AddressGuard): RequestCheck {
  return async (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return `Unparseable URL: ${raw}`;
    }
    if (LOCAL_SCHEMES.has(url.protocol)) return null;
    try {
      guard.assertTarget(url);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (!isIP(host)) await resolveChecked(guard, url, host);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
}

function resolveChecked(guard: AddressGuard, url: URL, host: string): Promise<void> {
  const lookup = guard.lookupFor(url.href, host, portOf(url));
  return new Promise<void>((resolve, reject) => {
    lookup(host, { all: true }, (error) => (error ? reject(error) : resolve()));
  });
}
