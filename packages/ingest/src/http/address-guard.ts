// The SSRF guard. It sits at connect time: the socket's `lookup` resolves the name once, refuses
// the name if any answer is a special-purpose address that the allowlist does not cover, and
// hands the socket exactly the addresses it checked, so no second resolution (DNS rebinding)
// can slip another address in. Literal IP hosts skip `lookup`, so they are checked up front.
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { FetchError } from '../errors.ts';
import { type Allowlist, normaliseHost, parseAllowlist } from './allowlist.ts';
import { type IpBytes, parseIp, specialRangeOf } from './ip-ranges.ts';
import type { HostResolver } from './policy.ts';

export interface AddressGuard {
  /** Throws FetchError 'blocked' for a scheme other than http(s) or a refused literal IP host. */
  assertTarget(url: URL): void;
  /** The `lookup` for a connection to host:port made on behalf of `url` (named in errors). */
  lookupFor(url: string, host: string, port: number): LookupFunction;
}

export function createAddressGuard(allow: readonly string[], resolver: HostResolver): AddressGuard {
  const allowlist = parseAllowlist(allow);

  async function resolveChecked(url: string, host: string, port: number): Promise<LookupAddress[]> {
    const answers = await resolver(host);
    if (answers.length === 0)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return answers.map((address) => {
      const bytes = parseIp(address);
      if (!bytes)
        throw new FetchError('network', `Resolver gave a non-address "${address}" for ${host}`, { url });
      refuseUnlessAllowed(allowlist, url, host, address, bytes, port);
      return { address, family: isIP(address) };
    });
  }

  return {
    assertTarget(url) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError('blocked', `Only http and https URLs are fetched: ${url.href}`, {
          url: url.href,
        });
      }
      const host = normaliseHost(url.hostname);
      const bytes = parseIp(host);
      if (bytes) refuseUnlessAllowed(allowlist, url.href, host, host, bytes, portOf(url));
    },
    lookupFor(url, host, port) {
      return (_hostname, options, callback) => {
        resolveChecked(url, host, port).then(
          (addresses) => {
            if (options.all) callback(null, addresses);
            else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
          },
          (err: NodeJS.ErrnoException) => callback(err, ''),
        );
      };
    },
  };
}

function refuseUnlessAllowed(
  allowlist: Allowlist,
  url: string,
  host: string,
  address: string,
  bytes: IpBytes,
  port: number,
): void {
  const special = specialRangeOf(bytes);
  if (special === null || allowlist.allows(host, bytes, port)) return;
  const via = host === normaliseHost(address) ? '' : ` (${host} resolves to it)`;
  throw new FetchError(
    'blocked',
    `Refused to connect to ${special} address ${address} port ${port}${via}: ${url}; allowlist it in SafeFetchPolicy.allow if it is meant`,
    { url },
  );
}

/** The URL's port, or the scheme's default. */
export function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
