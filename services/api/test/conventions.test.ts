// API conventions: the OpenAPI document and the local docs page, problem+json errors, rate
// limits, security headers, request ids in responses and logs.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support.ts';

let api: TestApi;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  api = await startTestApi({ logger: pino({ level: 'info' }, sink) });
});
afterAll(() => api.close());

describe('OpenAPI and docs', () => {
  it('documents every API route with its roles', async () => {
    const response = await api.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(document.paths as Record<string, object>)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const toOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');
    const apiRoutes = api.app.routeTable.filter(
      (r) =>
        r.method !== 'HEAD' && !r.url.startsWith('/docs') && r.url !== '/*' && r.url !== '/api/openapi.json',
    );
    expect(apiRoutes.length).toBeGreaterThan(30);
    const missing = apiRoutes
      .map((r) => `${r.method} ${toOpenApi(r.url)}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(document.paths['/api/users'].get['x-roles']).toEqual(['admin']);
    expect(document.paths['/api/items'].get.parameters.some((p: { name: string }) => p.name === 'q')).toBe(
      true,
    );
    expect(document.components.schemas.Problem).toBeDefined();
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves the docs page and its assets locally, with no external URLs', async () => {
    const page = await api.app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const url = new URL(asset, 'http://local/docs/').pathname;
      const response = await api.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      // No call-out to the public validator (swagger-ui's default is validator.swagger.io).
      if (url.endsWith('initializer.js')) expect(response.body).toContain('validatorUrl: null');
    }
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('errors, headers and request ids', () => {
  it('answers unknown routes and bad input as problem+json', async () => {
    const missing = await api.app.inject({ url: '/api/nothing-here', headers: api.bearer('viewer') });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const invalid = await api.app.inject({ url: '/api/audit?limit=0', headers: api.bearer('admin') });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('sets security headers: CSP self only, no framing, no sniffing, no referrer', async () => {
    const response = await api.app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('returns the request id and logs it with every request, with feed tokens cut out', async () => {
    const given = await api.app.inject({ url: '/healthz', headers: { 'x-request-id': 'req-from-proxy-42' } });
    expect(given.headers['x-request-id']).toBe('req-from-proxy-42');
    const made = await api.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await api.app.inject({ url: '/feeds/saved/pwf_secretsecretsecretsecret123.atom' });
    const line = logLines.find((l) => l.reqId === 'req-from-proxy-42' && l.msg === 'request completed');
    expect(line).toMatchObject({ statusCode: 200, route: '/healthz', method: 'GET' });
    const feedLine = logLines.find((l) => String(l.url).startsWith('/feeds/saved/'));
    expect(feedLine?.url).toBe('/feeds/saved/[token].atom');
    expect(JSON.stringify(logLines)).not.toContain('pwf_secretsecret');
  });
});

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After once a caller exceeds its limit', async () => {
    const limited = await startTestApi({ limits: { requestsPerMinute: 3, loginsPerMinute: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await limited.app.inject({ url: '/api/sources', headers: limited.bearer('viewer') })).statusCode,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const last = await limited.app.inject({ url: '/api/sources', headers: limited.bearer('viewer') });
      expect(last.headers['content-type']).toContain('application/problem+json');
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
      expect(last.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
      // Counted per caller: another token still gets through.
      expect(
        (await limited.app.inject({ url: '/api/sources', headers: limited.bearer('admin') })).statusCode,
      ).toBe(200);
      // Logins have their own, stricter limit per address.
      const logins: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/auth/login',
          payload: { username: 'nobody', password: 'whatever-password' },
          remoteAddress: '10.9.9.9',
        });
        logins.push(response.statusCode);
      }
      expect(logins).toEqual([401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
