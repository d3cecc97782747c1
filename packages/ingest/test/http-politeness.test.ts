// Politeness: per-host concurrency and spacing, leaving the queue on abort, and robots.txt
// (cached per origin, 4xx = no rules, 5xx = keep out until it can be read again).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, FetchError, type SafeFetchPolicy } from '../src/index.ts';

let server: Server;
let port: number;
let robots: { status: number; body: string };
let inFlight = 0;
let maxInFlight = 0;
const starts: number[] = [];
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/robots.txt') {
      res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body);
      return;
    }
    starts.push(performance.now());
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`page ${path}`);
    }, 60);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  robots = { status: 404, body: '' };
  maxInFlight = 0;
  starts.length = 0;
  hits.clear();
});

const USER_AGENT = 'PressWatchTest/1.0 (+https://presswatch.example/bot)';
const clientWith = (policy: Partial<SafeFetchPolicy>) =>
  createHttpClient({
    allow: [`127.0.0.1:${port}`],
    resolver: async () => ['127.0.0.1'],
    perHostDelayMs: 0,
    ...policy,
  });
const url = (host: string, path: string) => `http://${host}:${port}${path}`;

describe('per-host limits', () => {
  it('keeps at most perHostConcurrency requests in flight per host name', async () => {
    const client = clientWith({ perHostConcurrency: 2 });
    const pages = ['a.test', 'b.test'].flatMap((host) => [1, 2, 3, 4].map((n) => url(host, `/p${n}`)));
    await Promise.all(pages.map((page) => client.fetch(page, { userAgent: USER_AGENT })));
    client.close();
    // Two hosts (the same server underneath) × 2 slots each: never more than 4 at once, and more
    // than one host's 2 (the limit is per host, not global).
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(maxInFlight).toBeGreaterThan(2);
  });

  it('spaces the starts of requests to one host by perHostDelayMs', async () => {
    const client = clientWith({ perHostConcurrency: 3, perHostDelayMs: 200 });
    await client.fetch(url('a.test', '/warm-up'), { userAgent: USER_AGENT }); // a kept-alive connection
    starts.length = 0;
    await Promise.all([1, 2, 3].map((n) => client.fetch(url('a.test', `/d${n}`), { userAgent: USER_AGENT })));
    client.close();
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
    expect(gaps).toHaveLength(2);
    // Seen from the server, so allow for scheduling jitter on a busy machine: without the delay
    // the three would arrive within a few ms of each other.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(150);
  });

  it('drops a queued request whose caller aborts, before it reaches the server', async () => {
    const client = clientWith({ perHostConcurrency: 1 });
    const first = client.fetch(url('a.test', '/first'), { userAgent: USER_AGENT });
    const controller = new AbortController();
    const reason = new Error('job cancelled');
    const second = client.fetch(url('a.test', '/second'), {
      userAgent: USER_AGENT,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 10);
    await expect(second).rejects.toBe(reason);
    await first;
    client.close();
    expect(hits.get('/second')).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('fetches robots.txt once per origin while its TTL holds', async () => {
    robots = { status: 200, body: 'User-agent: *\nDisallow: /nope\n' };
    const client = clientWith({});
    await client.fetch(url('a.test', '/one'), { userAgent: USER_AGENT });
    await client.fetch(url('a.test', '/two'), { userAgent: USER_AGENT });
    await client.fetch(url('b.test', '/three'), { userAgent: USER_AGENT });
    const refused = await client
      .fetch(url('a.test', '/nope'), { userAgent: USER_AGENT })
      .catch((e: unknown) => e);
    client.close();
    expect((refused as FetchError).kind).toBe('robots');
    expect(hits.get('/robots.txt')).toBe(2); // a.test and b.test
    expect(hits.get('/nope')).toBeUndefined();
  });

  it('matches the bot token inside a browser-style User-Agent', async () => {
    robots = { status: 200, body: 'User-agent: PressWatchTest\nDisallow: /\n' };
    const client = clientWith({});
    const error = await client
      .fetch(url('a.test', '/x'), { userAgent: 'Mozilla/5.0 (compatible; PressWatchTest/1.0)' })
      .catch((e: unknown) => e);
    client.close();
    expect((error as FetchError).kind).toBe('robots');
  });

  it('treats a missing robots.txt as no rules and a failing one as keep out, until it recovers', async () => {
    const client = clientWith({ robots: { unreachableTtlMs: 50 } });
    robots = { status: 503, body: 'down' };
    const error = await client
      .fetch(url('a.test', '/later'), { userAgent: USER_AGENT })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect([(error as FetchError).kind, hits.get('/later')]).toEqual(['robots', undefined]);
    robots = { status: 404, body: '' };
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await client.fetch(url('a.test', '/later'), { userAgent: USER_AGENT })).body).toBe('page /later');
    client.close();
  });

  it('can be switched off per request (webhooks) and per client', async () => {
    robots = { status: 200, body: 'User-agent: *\nDisallow: /\n' };
    const client = clientWith({});
    expect(
      (await client.fetch(url('a.test', '/hook'), { userAgent: USER_AGENT, robots: false })).status,
    ).toBe(200);
    client.close();
    const noRobots = clientWith({ robots: { enabled: false } });
    expect((await noRobots.fetch(url('a.test', '/hook2'), { userAgent: USER_AGENT })).status).toBe(200);
    noRobots.close();
    expect(hits.get('/robots.txt')).toBeUndefined();
  });
});
