// Timeouts, size caps and redirect caps against servers that drip, stall, never end, send
// compression bombs or loop redirects. Each case sets the guard it tests tight and everything
// else loose, so the error says which guard fired.
import type { HttpClient, HttpFetchOptions } from '@presswatch/ingest';
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

const LOOSE: HttpFetchOptions = {
  userAgent: USER_AGENT,
  timeoutMs: 20_000,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  maxBytes: 1_000_000,
};
const get = (path: string, extra: Partial<HttpFetchOptions> = {}) =>
  client.fetch(`${web.url}${path}`, { ...LOOSE, ...extra });

describe('timeouts', () => {
  it('cuts a slow-loris body (a byte a second) with the body timeout', async () => {
    const error = await fetchError(get('/slow-loris', { bodyTimeoutMs: 400 }));
    expect([error.kind, error.phase]).toEqual(['timeout', 'body']);
  });

  it('cuts a server that never answers with the headers timeout', async () => {
    const error = await fetchError(get('/no-answer', { headersTimeoutMs: 300 }));
    expect([error.kind, error.phase]).toEqual(['timeout', 'headers']);
  });

  it('stops the whole exchange at timeoutMs whatever the phase budgets', async () => {
    const error = await fetchError(get('/slow-loris', { timeoutMs: 300 }));
    expect([error.kind, error.phase]).toEqual(['timeout', 'total']);
  });
});

describe('size caps', () => {
  it('stops an endless body at the cap', async () => {
    const error = await fetchError(get('/endless', { maxBytes: 200_000 }));
    expect([error.kind, error.status]).toEqual(['too-large', 200]);
  });

  it('stops a gzip bomb at the cap counted after decompression', async () => {
    // 64 MiB decoded from ~66 KB on the wire: only a cap on decoded bytes catches it.
    const error = await fetchError(get('/gzip-bomb', { maxBytes: 200_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('after decompression');
  });

  it('stops a brotli bomb at the cap counted after decompression', async () => {
    const error = await fetchError(get('/br-bomb', { maxBytes: 200_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('after decompression');
  });

  it('stops an endless gzip stream that decodes to nothing at the cap on the wire', async () => {
    const error = await fetchError(get('/gzip-nothing-forever', { maxBytes: 200_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('on the wire');
  });
});

describe('redirects', () => {
  it('stops a redirect loop', async () => {
    const error = await fetchError(get('/redirect/loop-a'));
    expect(error.kind).toBe('redirect');
    expect(error.message).toMatch(/loop/i);
    expect(web.hits('/redirect/loop-a')).toBe(1);
  });

  it('follows up to the cap of 5 redirects and refuses the 6th', async () => {
    expect((await get('/redirect/chain/5')).body).toBe('end of chain');
    const error = await fetchError(get('/redirect/chain/6'));
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain('More than 5 redirects');
  });
});
