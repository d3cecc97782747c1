// The SSRF guard's parts: which addresses are special, how allowlist entries match, and that a
// real connection follows the allowlist to the port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIp } from '../src/http/ip-ranges.ts';
import { createHttpClient, FetchError, parseAllowlist, specialRangeOf } from '../src/index.ts';

describe('specialRangeOf', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'this-network'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.2.10', 'documentation'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12:3456::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['64:ff9b::10.0.0.1', 'NAT64 of private'],
    ['2002:c0a8:0101::1', '6to4 of private'],
    ['2001:0:4136:e378::1', 'IETF protocol assignment'],
    ['2001:db8::1', 'documentation'],
    ['4000::1', 'reserved'],
  ])('%s is %s', (address, label) => {
    expect(specialRangeOf(address)).toBe(label);
  });

  it.each([
    '8.8.8.8',
    '93.184.215.14',
    '172.32.0.1',
    '100.128.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
  ])('%s is public', (address) => {
    expect(specialRangeOf(address)).toBeNull();
  });

  it('rejects text that is not an address', () => {
    expect(() => specialRangeOf('localhost')).toThrow(TypeError);
  });
});

describe('parseAllowlist', () => {
  const ip = (text: string) => parseIp(text)!;

  it('matches hosts, host:port, addresses, [v6]:port and CIDR ranges', () => {
    const list = parseAllowlist([
      'Intranet.Example',
      'feeds.local:8080',
      '127.0.0.1:8091',
      '[::1]:9000',
      '10.20.0.0/16',
      'fd00::/8',
    ]);
    expect(list.allows('intranet.example.', ip('10.9.9.9'), 1234)).toBe(true);
    expect(list.allows('feeds.local', ip('192.168.0.5'), 8080)).toBe(true);
    expect(list.allows('feeds.local', ip('192.168.0.5'), 8081)).toBe(false);
    expect(list.allows('any.name', ip('127.0.0.1'), 8091)).toBe(true);
    expect(list.allows('127.0.0.1', ip('127.0.0.1'), 8092)).toBe(false);
    expect(list.allows('[::1]', ip('::1'), 9000)).toBe(true);
    expect(list.allows('x', ip('10.20.255.1'), 80)).toBe(true);
    expect(list.allows('x', ip('10.21.0.1'), 80)).toBe(false);
    expect(list.allows('x', ip('::ffff:10.20.0.7'), 80)).toBe(true);
    expect(list.allows('x', ip('fd12::1'), 443)).toBe(true);
  });

  it.each(['10.0.0.0/33', 'host:0', 'host:99999', 'bad host', '::1/200', 'a/b'])(
    'refuses the invalid entry %s',
    (entry) => {
      expect(() => parseAllowlist([entry])).toThrow(TypeError);
    },
  );
});

describe('guarded connections', () => {
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const fetchWith = (allow: string[], url: string) => {
    const client = createHttpClient({ allow, perHostDelayMs: 0, resolver: async () => ['127.0.0.1'] });
    return client
      .fetch(url, { userAgent: 'PressWatchTest/1.0', robots: false })
      .finally(() => client.close());
  };

  it('connects when the address and port are allowlisted, whatever name led there', async () => {
    expect((await fetchWith([`127.0.0.1:${port}`], `http://feeds.test:${port}/`)).body).toBe('ok');
    expect((await fetchWith(['127.0.0.0/8'], `http://127.0.0.1:${port}/`)).body).toBe('ok');
    expect((await fetchWith([`feeds.test:${port}`], `http://feeds.test:${port}/`)).body).toBe('ok');
  });

  it('refuses the same server on another port entry, another name or no entry, without connecting', async () => {
    const before = hits;
    for (const [allow, url] of [
      [[`127.0.0.1:${port + 1}`], `http://127.0.0.1:${port}/`],
      [[`other.test:${port}`], `http://feeds.test:${port}/`],
      [[], `http://feeds.test:${port}/`],
    ] as const) {
      const error = await fetchWith([...allow], url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).kind).toBe('blocked');
    }
    expect(hits).toBe(before);
  });
});
