// The SSRF guard against the hostile web. The client allowlists exactly the hostile server's
// 127.0.0.1:<port>; the secret server on another loopback port, the cloud metadata address and
// anything a DNS answer switches to must never be reached, directly or through redirects.
import type { HttpClient } from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingServer, startHostileWeb, startSecretServer } from './server.ts';
import { fakeResolver, fetchError, hostileClient, type TestResolver, USER_AGENT } from './support.ts';

// A public address for a name to resolve to first. Nothing listens for us there: the connection
// is refused or times out (connectTimeoutMs keeps that short).
const PUBLIC_IP = '93.184.215.14';
const METADATA = 'http://169.254.169.254/latest/meta-data/';

let web: CountingServer;
let secret: CountingServer;
let resolver: TestResolver;
let client: HttpClient;

beforeAll(async () => {
  [web, secret] = await Promise.all([startHostileWeb(), startSecretServer()]);
  resolver = fakeResolver({
    'news.example.vn': [['127.0.0.1']],
    'metadata.example': [['169.254.169.254']],
    'rebind.example': [[PUBLIC_IP], ['127.0.0.1']],
    'mixed.example': [[PUBLIC_IP, '127.0.0.1']],
  });
  client = hostileClient(web, resolver);
});

afterAll(async () => {
  client.close();
  await Promise.all([web.close(), secret.close()]);
});

const get = (url: string, extra: { robots?: boolean } = {}) =>
  client.fetch(url, { userAgent: USER_AGENT, connectTimeoutMs: 300, timeoutMs: 5_000, ...extra });
const via = (target: string) =>
  `http://news.example.vn:${web.port}/redirect/to?url=${encodeURIComponent(target)}`;

describe('SSRF guard', () => {
  it('reaches the allowlisted host:port, also through a public-looking name that resolves to it', async () => {
    expect((await get(`${web.url}/ok`)).status).toBe(200);
    expect((await get(`http://news.example.vn:${web.port}/ok`)).body).toContain('Đồng Hới');
  });

  it('refuses another port on the same loopback address, before connecting', async () => {
    const error = await fetchError(get(`${secret.url}/`));
    expect(error.kind).toBe('blocked');
    expect(error.message).toContain('loopback');
    expect(secret.hits()).toBe(0);
  });

  // With robots.txt on, the redirect target's robots.txt is the first request there; off, the
  // page request is: the guard must hold on both paths.
  describe.each([true, false])('with robots.txt %s', (robots) => {
    it('refuses a redirect from the public-looking name to another loopback port', async () => {
      const error = await fetchError(get(via(`${secret.url}/admin`), { robots }));
      expect([error.kind, error.url]).toEqual(['blocked', `${secret.url}/admin`]);
      expect(web.hits('/redirect/to')).toBeGreaterThan(0);
      expect(secret.hits()).toBe(0);
    });

    it('refuses a redirect to the cloud metadata address, as a literal and through a name', async () => {
      const literal = await fetchError(get(via(METADATA), { robots }));
      expect([literal.kind, literal.url]).toEqual(['blocked', METADATA]);
      expect(literal.message).toContain('link-local');
      const named = await fetchError(get(via('http://metadata.example/latest/meta-data/'), { robots }));
      expect([named.kind, named.url]).toEqual(['blocked', 'http://metadata.example/latest/meta-data/']);
      expect(named.message).toContain('169.254.169.254');
    });
  });

  it('refuses v4-mapped IPv6 and other spellings of loopback', async () => {
    for (const host of ['[::ffff:127.0.0.1]', '[::1]', '0.0.0.0', '2130706433', '0x7f.1']) {
      const error = await fetchError(get(`http://${host}:${secret.port}/`));
      expect(error.kind, host).toBe('blocked');
    }
    expect(secret.hits()).toBe(0);
  });

  it('connects to exactly the address it checked when the DNS answer switches to loopback', async () => {
    // First answer public (allowed), any later answer 127.0.0.1: a client that resolved again
    // to connect would reach the secret server. robots.txt is off so the page request is the
    // first and only resolution.
    const error = await fetchError(get(`http://rebind.example:${secret.port}/`, { robots: false }));
    expect(['network', 'timeout']).toContain(error.kind);
    expect(resolver.calls.get('rebind.example')).toBe(1);
    expect(secret.hits()).toBe(0);
  });

  it('refuses a name whose answers mix a public and a loopback address', async () => {
    const error = await fetchError(get(`http://mixed.example:${secret.port}/`, { robots: false }));
    expect(error.kind).toBe('blocked');
    expect(secret.hits()).toBe(0);
  });

  it('fetches only http and https, also after a redirect', async () => {
    expect((await fetchError(get('file:///etc/passwd'))).kind).toBe('blocked');
    const error = await fetchError(get(via('file:///etc/passwd')));
    expect([error.kind, error.url]).toEqual(['blocked', 'file:///etc/passwd']);
  });
});
