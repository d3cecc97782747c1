// HTTP behaviour a crawler must live with: a 500 that recovers, 429 with Retry-After, robots.txt
// disallowing a path for our token, and a server that keeps answering 304 after a change.
import type { HttpClient } from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingServer, startHostileWeb } from './server.ts';
import { fetchError, hostileClient, USER_AGENT } from './support.ts';

let web: CountingServer;
let client: HttpClient;

beforeAll(async () => {
  web = await startHostileWeb();
  client = hostileClient(web);
});

afterAll(async () => {
  client.close();
  await web.close();
});

const get = (path: string, extra: { etag?: string; unconditional?: boolean } = {}) =>
  client.fetch(`${web.url}${path}`, { userAgent: USER_AGENT, ...extra });

describe('protocol', () => {
  it('reports a 500, then gets the page when the server recovers, on the same connection', async () => {
    const error = await fetchError(get('/flaky'));
    expect([error.kind, error.status]).toEqual(['http', 500]);
    const before = web.connections();
    const res = await get('/flaky');
    expect(res.body).toContain('Đã hoạt động lại.');
    // The 500's body was drained, so its kept-alive connection served the retry.
    expect(web.connections()).toBe(before);
  });

  it('reports 429 with its Retry-After in seconds', async () => {
    const error = await fetchError(get('/busy'));
    expect([error.kind, error.status, error.retryAfter, error.retryAfterSeconds]).toEqual([
      'http',
      429,
      '7',
      7,
    ]);
  });

  it('honours a robots.txt Disallow for our token and never requests the page', async () => {
    const error = await fetchError(get('/private/report.html'));
    expect(error.kind).toBe('robots');
    expect(web.hits('/private/report.html')).toBe(0);
    expect(web.hits('/robots.txt')).toBe(1);
    // Another token is not concerned, and robots.txt is not fetched again.
    const other = await client.fetch(`${web.url}/private/report.html`, { userAgent: 'OtherBot/2.0' });
    expect(other.status).toBe(200);
    expect(web.hits('/robots.txt')).toBe(1);
  });

  it('gets past a stale 304 with an unconditional fetch', async () => {
    const conditional = await get('/stale-304', { etag: '"v1"' });
    expect(conditional.notModified).toBe(true);
    const fresh = await get('/stale-304', { etag: '"v1"', unconditional: true });
    expect([fresh.status, fresh.headers.etag]).toEqual([200, '"v2"']);
    expect(fresh.body).toContain('Phiên bản 2');
  });
});
