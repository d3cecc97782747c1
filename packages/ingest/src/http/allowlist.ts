// The administrator's exceptions to the private-address guard. An entry is a host name, an IP
// address or a CIDR range, optionally with a port: `intranet.example`, `feeds.local:8080`,
// `127.0.0.1:8091`, `[::1]:8091`, `10.20.0.0/16`. A host entry trusts whatever that name resolves
// to; an address or range entry trusts those addresses whatever name led there.
import { domainToASCII } from 'node:url';
import { type IpBytes, inPrefix, parseIp } from './ip-ranges.ts';

type Entry =
  | { kind: 'host'; host: string; port: number | null }
  | { kind: 'net'; bytes: IpBytes; prefix: number; port: number | null };

export interface Allowlist {
  /** Whether a connection to `address`:`port`, reached through the URL host `host`, is allowed. */
  allows(host: string, address: IpBytes, port: number): boolean;
  readonly size: number;
}

/** Parses allowlist entries; throws a TypeError naming the first entry that is not valid. */
export function parseAllowlist(entries: readonly string[]): Allowlist {
  const parsed = entries.map(parseEntry);
  return {
    size: parsed.length,
    allows(host, address, port) {
      const name = normaliseHost(host);
      return parsed.some((entry) => {
        if (entry.port !== null && entry.port !== port) return false;
        if (entry.kind === 'host') return entry.host === name;
        return inPrefix(address, entry.bytes, entry.prefix);
      });
    },
  };
}

/** Lower-case, punycode, no trailing dot and no IPv6 brackets: how hosts are compared. */
export function normaliseHost(host: string): string {
  const bare = host
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return bare.includes(':') ? bare : domainToASCII(bare) || bare;
}

function parseEntry(raw: string): Entry {
  const text = raw.trim();
  const { target, port } = splitPort(text, raw);
  const [ipPart = '', bits] = target.split('/') as [string, string | undefined];
  const bytes = parseIp(ipPart);
  if (bytes) {
    const max = ipPart.includes(':') ? 128 : 32;
    const width = bits === undefined ? max : Number(bits);
    if (!Number.isInteger(width) || width < 0 || width > max || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new TypeError(`Invalid allowlist entry "${raw}": bad prefix length`);
    }
    return { kind: 'net', bytes, prefix: max === 32 ? 96 + width : width, port };
  }
  if (bits !== undefined || !/^[a-z0-9.-]+$/i.test(normaliseHost(target))) {
    throw new TypeError(`Invalid allowlist entry "${raw}": expected host, host:port, IP, IP:port or CIDR`);
  }
  return { kind: 'host', host: normaliseHost(target), port };
}

// "[v6]:port", "v4:port", "host:port"; a bare IPv6 address (several colons) has no port.
function splitPort(text: string, raw: string): { target: string; port: number | null } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { target: bracketed[1] ?? '', port: toPort(bracketed[2], raw) };
  const colons = text.split(':').length - 1;
  if (colons !== 1) return { target: text, port: null };
  const at = text.lastIndexOf(':');
  return { target: text.slice(0, at), port: toPort(text.slice(at + 1), raw) };
}

function toPort(text: string | undefined, raw: string): number | null {
  if (text === undefined) return null;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new TypeError(`Invalid allowlist entry "${raw}": bad port`);
  }
  return port;
}
