import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  charsetOf,
  createHttpClient,
  FetchError,
  type HttpClient,
  type HttpFetchOptions,
  httpFetch,
  retryAfterSeconds,
} from '../src/index.ts';

const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 30 Jul 2025 10:00:00 GMT';
let server: Server;
let base: string;
let lastHeaders: IncomingHttpHeaders = {};
// Every port of 127.0.0.1: the refused-connection case below uses a second, closed port.
let client: HttpClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    lastHeaders = req.headers;
    switch (req.url) {
      case '/ok':
        if (req.headers['if-none-match'] === ETAG) {
          res.writeHead(304, { etag: ETAG }).end();
          return;
        }
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            etag: ETAG,
            'last-modified': LAST_MODIFIED,
          })
          .end('<p>Xin chào Đông Hà</p>');
        return;
      case '/redirect':
        res.writeHead(302, { location: '/ok' }).end();
        return;
      case '/latin1':
        res
          .writeHead(200, { 'content-type': 'text/plain; charset="ISO-8859-1"' })
          .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
        return;
      case '/unknown-charset':
        res.writeHead(200, { 'content-type': 'text/plain; charset=x-made-up' }).end('Hà Nội');
        return;
      case '/gzip':
        res
          .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
          .end(gzipSync('nén '.repeat(10)));
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000));
        return;
      case '/big-chunked':
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
        res.end();
        return;
      case '/bomb':
        res
          .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
          .end(gzipSync(Buffer.alloc(200_000)));
        return;
      case '/slow-headers':
        setTimeout(() => res.writeHead(200).end('late'), 1000);
        return;
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('start');
        setTimeout(() => res.end('end'), 1000);
        return;
      case '/busy':
        res.writeHead(503, { 'retry-after': '120' }).end('busy');
        return;
      default:
        res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = createHttpClient({ allow: ['127.0.0.1'], perHostDelayMs: 0 });
});

afterAll(async () => {
  client.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options: HttpFetchOptions = {
  userAgent: 'PressWatchTest/1.0 (+https://example.vn/bot)',
  timeoutMs: 2000,
  maxBytes: 1000,
  get client() {
    return client;
  },
};

async function fetchError(url: string, extra: Partial<HttpFetchOptions> = {}): Promise<FetchError> {
  const error = await httpFetch(url, { ...options, ...extra }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('httpFetch', () => {
  it('returns status, headers and the UTF-8 body, and sends an identifying User-Agent', async () => {
    const res = await httpFetch(`${base}/ok`, options);
    expect(res).toEqual({
      status: 200,
      url: `${base}/ok`,
      notModified: false,
      headers: {
        contentType: 'text/html; charset=utf-8',
        etag: ETAG,
        lastModified: LAST_MODIFIED,
        retryAfter: null,
        link: null,
      },
      body: '<p>Xin chào Đông Hà</p>',
      raw: Buffer.from('<p>Xin chào Đông Hà</p>'),
      bytes: Buffer.byteLength('<p>Xin chào Đông Hà</p>'),
      wireBytes: Buffer.byteLength('<p>Xin chào Đông Hà</p>'),
      charset: 'utf-8',
    });
    expect(lastHeaders['user-agent']).toBe(options.userAgent);
    expect(lastHeaders.accept).toContain('text/html');
  });

  it('sends the validators and reports 304 as notModified', async () => {
    const res = await httpFetch(`${base}/ok`, {
      ...options,
      etag: ETAG,
      lastModified: LAST_MODIFIED,
      accept: 'application/rss+xml',
    });
    expect(lastHeaders['if-none-match']).toBe(ETAG);
    expect(lastHeaders['if-modified-since']).toBe(LAST_MODIFIED);
    expect(lastHeaders.accept).toBe('application/rss+xml');
    expect(res.status).toBe(304);
    expect(res.notModified).toBe(true);
    expect(res.body).toBe('');
  });

  it('follows redirects and reports the final URL', async () => {
    const res = await httpFetch(`${base}/redirect`, options);
    expect(res.url).toBe(`${base}/ok`);
    expect(res.body).toContain('Đông Hà');
  });

  it('decodes with the Content-Type charset, falling back to UTF-8 for unknown labels', async () => {
    expect((await httpFetch(`${base}/latin1`, options)).body).toBe('café');
    expect((await httpFetch(`${base}/unknown-charset`, options)).body).toBe('Hà Nội');
    expect(charsetOf('text/html; Charset="Windows-1258"')).toBe('windows-1258');
    expect(charsetOf('text/html')).toBeNull();
  });

  it('decompresses gzip, and says how many bytes came on the wire and after decoding', async () => {
    const res = await httpFetch(`${base}/gzip`, options);
    expect(res.body).toBe('nén '.repeat(10));
    expect(res.bytes).toBe(Buffer.byteLength('nén '.repeat(10)));
    expect(res.wireBytes).toBe(gzipSync('nén '.repeat(10)).byteLength);
  });

  it('refuses bodies over maxBytes, declared or streamed, counted after decompression', async () => {
    for (const path of ['/big', '/big-chunked', '/bomb']) {
      const error = await fetchError(`${base}${path}`);
      expect(error.kind).toBe('too-large');
      expect(error.status).toBe(200);
    }
  });

  it('times out while waiting for headers or for the body', async () => {
    for (const path of ['/slow-headers', '/slow-body']) {
      const error = await fetchError(`${base}${path}`, { timeoutMs: 150 });
      expect([error.kind, error.phase]).toEqual(['timeout', 'total']);
      expect(error.url).toBe(`${base}${path}`);
    }
    const headers = await fetchError(`${base}/slow-headers`, { headersTimeoutMs: 100 });
    expect([headers.kind, headers.phase]).toEqual(['timeout', 'headers']);
    const body = await fetchError(`${base}/slow-body`, { bodyTimeoutMs: 100 });
    expect([body.kind, body.phase]).toEqual(['timeout', 'body']);
  });

  it('throws kind http with status and Retry-After for error answers', async () => {
    const busy = await fetchError(`${base}/busy`);
    expect([busy.kind, busy.status, busy.retryAfter, busy.retryAfterSeconds]).toEqual([
      'http',
      503,
      '120',
      120,
    ]);
    const missing = await fetchError(`${base}/missing`);
    expect([missing.kind, missing.status]).toEqual(['http', 404]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2025-08-01T12:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Fri, 01 Aug 2025 12:02:00 GMT', now)).toBe(120);
    expect(retryAfterSeconds('Fri, 01 Aug 2025 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });

  it('throws kind network when nothing answers or the URL is invalid, blocked when not http(s)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetchError(`http://127.0.0.1:${port}/`);
    expect(refused.kind).toBe('network');
    expect(refused.message).toMatch(/ECONNREFUSED/);
    expect((await fetchError('file:///etc/passwd')).kind).toBe('blocked');
    expect((await fetchError('not a url')).kind).toBe('network');
  });

  it("rethrows the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 50);
    await expect(httpFetch(`${base}/slow-headers`, { ...options, signal: controller.signal })).rejects.toBe(
      reason,
    );
  });

  it('uses a default client that refuses private addresses when none is given', async () => {
    const error = await httpFetch(`${base}/ok`, { userAgent: options.userAgent }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).kind).toBe('blocked');
  });
});
