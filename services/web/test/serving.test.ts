// How the API serves the built UI (services/api/src/routes/ui.ts): index.html for client routes
// (SPA fallback) under the strict CSP, built assets, 404 problems for unknown server paths, and a
// 503 page saying how to build when dist/ is missing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import uiRoutes from '../../api/src/routes/ui.ts';
import { startTestApi, type TestApi } from '../../api/test/support.ts';
import { ensureBuilt } from './support/build-ui.ts';

describe('the API serves the built UI', () => {
  let api: TestApi;

  beforeAll(async () => {
    await ensureBuilt();
    api = await startTestApi();
  }, 120_000);
  afterAll(() => api?.close());

  it('answers client routes with index.html under a CSP without inline scripts', async () => {
    for (const url of ['/', '/search?q=bi%E1%BB%83n', '/items/abc123', '/dossiers/d1', '/alerts']) {
      const page = await api.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toMatch(
        /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/,
      );
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('serves the built assets and keeps 404 problems for unknown server paths', async () => {
    const index = (await api.app.inject({ url: '/' })).body;
    const script = index.match(/\/assets\/index-[\w-]+\.js/)![0];
    const asset = await api.app.inject({ url: script });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.body).not.toMatch(/https?:\/\/(fonts\.googleapis|cdn\.|unpkg|jsdelivr)/);
    for (const url of [
      '/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/vite.config.ts',
    ]) {
      const outside = await api.app.inject({ url });
      expect(outside.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(outside.body, url).not.toMatch(/workspaces|defineConfig/);
    }
    for (const url of ['/api/no-such-route', '/assets/missing.js', '/auth/nothing']) {
      const missing = await api.app.inject({ url, headers: api.bearer('admin') });
      expect(missing.statusCode, url).toBe(404);
      expect(missing.headers['content-type'], url).toContain('application/problem+json');
    }
  });
});

describe('without a build', () => {
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-ui-dist-'));
    app = Fastify();
    await app.register(uiRoutes, { distDir: `${dir}/` });
    app.get('/api/thing', async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers UI paths with a 503 page that says how to build, and leaves API paths alone', async () => {
    const page = await app.inject({ url: '/search' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build:ui');
    expect((await app.inject({ url: '/' })).statusCode).toBe(503);
    expect((await app.inject({ url: '/api/thing' })).json()).toEqual({ ok: true });
    expect((await app.inject({ url: '/api/other' })).statusCode).toBe(404);
  });

  it('serves the UI once dist/ exists when the app starts', async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>PressWatch built</title>');
    const fresh = Fastify();
    await fresh.register(uiRoutes, { distDir: `${dir}/` });
    const page = await fresh.inject({ url: '/rules' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('PressWatch built');
    await fresh.close();
  });
});
