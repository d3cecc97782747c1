// Which IP addresses an outbound request must never reach unless an administrator allowlists
// them: everything that is not a public unicast address on the internet. Addresses are compared
// as 16 bytes (IPv4 as ::ffff:a.b.c.d), so one table and one prefix test serve both families.
import { isIPv4, isIPv6 } from 'node:net';

/** 16 bytes; an IPv4 address is held in its v4-mapped form. */
export type IpBytes = Uint8Array;

interface Range {
  bytes: IpBytes;
  prefix: number;
  label: string;
}

/** Parses an IPv4 or IPv6 literal (zone id and brackets dropped); null when it is not one. */
export function parseIp(text: string): IpBytes | null {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(address)) return v4Mapped(address.split('.').map(Number));
  if (!isIPv6(address)) return null;
  return parseIPv6(address);
}

function v4Mapped(octets: number[]): IpBytes {
  const out = new Uint8Array(16);
  out[10] = 0xff;
  out[11] = 0xff;
  out.set(octets, 12);
  return out;
}

// isIPv6 has validated the text: groups are 1–4 hex digits, at most one "::", and an optional
// dotted IPv4 tail.
function parseIPv6(address: string): IpBytes {
  const words: number[] = [];
  const [head = '', tail] = address.split('::') as [string, string | undefined];
  const toWords = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const left = toWords(head);
  const right = tail === undefined ? [] : toWords(tail);
  words.push(...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right);
  const out = new Uint8Array(16);
  words.forEach((word, i) => {
    out[i * 2] = word >> 8;
    out[i * 2 + 1] = word & 0xff;
  });
  return out;
}

/** True when the first `prefix` bits of address equal those of network. */
export function inPrefix(address: IpBytes, network: IpBytes, prefix: number): boolean {
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (address[i] !== network[i]) return false;
  const rest = prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((address[whole] ?? 0) & mask) === ((network[whole] ?? 0) & mask);
}

function range(cidr: string, label: string): Range {
  const [ip = '', bits = ''] = cidr.split('/');
  const bytes = parseIp(ip);
  if (!bytes) throw new Error(`bad range ${cidr}`);
  return { bytes, prefix: isIPv4(ip) ? 96 + Number(bits) : Number(bits), label };
}

// IPv4 special-purpose ranges (IANA registry), then IPv6 ones. Order matters only for labels.
const SPECIAL_V4: Range[] = [
  range('0.0.0.0/8', 'this-network'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'carrier-grade NAT'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignment'),
  range('192.0.2.0/24', 'documentation'),
  range('192.88.99.0/24', '6to4 relay anycast'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('255.255.255.255/32', 'broadcast'),
  range('240.0.0.0/4', 'reserved'),
];

const V4_MAPPED = range('::ffff:0:0/96', 'v4-mapped');
// Forms that carry an IPv4 address inside: judged by that address. [range, byte offset of it]
const EMBEDDING_V4: [Range, number][] = [
  [range('64:ff9b::/96', 'NAT64'), 12],
  [range('2002::/16', '6to4'), 2],
];

const SPECIAL_V6: Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('::/96', 'IPv4-compatible'),
  range('64:ff9b:1::/48', 'local NAT64'),
  range('100::/64', 'discard-only'),
  range('2001::/23', 'IETF protocol assignment'),
  range('2001:db8::/32', 'documentation'),
  range('3fff::/20', 'documentation'),
  range('fc00::/7', 'unique local'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('ff00::/8', 'multicast'),
];
// Outside 2000::/3 nothing is allocated for global unicast.
const GLOBAL_UNICAST_V6 = range('2000::/3', 'global unicast');

/**
 * The special-purpose range an address belongs to ('loopback', 'private', 'link-local', …), or
 * null for a public unicast address. IPv4 inside IPv6 (v4-mapped, NAT64, 6to4) is judged by the
 * IPv4 address it carries. Throws on text that is not an IP address.
 */
export function specialRangeOf(address: string | IpBytes): string | null {
  const bytes = typeof address === 'string' ? parseIp(address) : address;
  if (!bytes) throw new TypeError(`Not an IP address: ${String(address)}`);
  if (inPrefix(bytes, V4_MAPPED.bytes, V4_MAPPED.prefix)) return matchLabel(bytes, SPECIAL_V4);
  for (const [embedding, offset] of EMBEDDING_V4) {
    if (inPrefix(bytes, embedding.bytes, embedding.prefix)) {
      const inner = specialRangeOf(v4Mapped([...bytes.subarray(offset, offset + 4)]));
      return inner && `${embedding.label} of ${inner}`;
    }
  }
  const special = matchLabel(bytes, SPECIAL_V6);
  if (special) return special;
  return inPrefix(bytes, GLOBAL_UNICAST_V6.bytes, GLOBAL_UNICAST_V6.prefix) ? null : 'reserved';
}

function matchLabel(bytes: IpBytes, ranges: Range[]): string | null {
  for (const r of ranges) if (inPrefix(bytes, r.bytes, r.prefix)) return r.label;
  return null;
}
