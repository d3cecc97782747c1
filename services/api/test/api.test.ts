// The API against a real SQLite store (temp file), through Fastify's inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from '@presswatch/domain';
import { hashTokenSecret, seedAdminToken } from '@presswatch/platform';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

const TOKEN = 'test-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

function item(id: string, title: string, text: string, publishedAt: string): Item {
  return {
    id,
    url: `https://example.vn/${id}`,
    canonicalUrl: `https://example.vn/${id}`,
    sourceId: 'demo',
    sourceName: 'Demo',
    title,
    byline: null,
    publishedAt,
    fetchedAt: publishedAt,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

describe('api', () => {
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  let app: FastifyInstance;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-api-'));
    storage = openSqliteStorage({ path: join(dir, 'pw.db') });
    await seedAdminToken(storage.tokens, TOKEN);
    const items = [
      item('a1', 'Ngư dân bám biển Cồn Cỏ', 'Tàu cá ra khơi.', '2026-11-01T08:00:00Z'),
      item('a2', 'Cửa khẩu Lao Bảo thông quan', 'Hàng hóa qua biên giới.', '2026-11-02T08:00:00Z'),
      item('a3', 'Lễ hội ở Đồng Hới', 'Du khách đông.', '2026-11-03T08:00:00Z'),
    ];
    await storage.items.upsertMany(items);
    await storage.search.indexMany(items);
    app = await buildApp({
      stores: storage,
      readiness: async () => ({ ready: true, checks: { storage: true } }),
      logger: pino({ level: 'silent' }),
    });
  });

  afterEach(async () => {
    await app.close();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz without a token', async () => {
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ ready: true });
  });

  it('refuses /api routes without a valid token, as problem+json', async () => {
    for (const url of ['/api/items', '/api/items/a1', '/api/sources']) {
      const none = await app.inject({ url });
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toContain('application/problem+json');
      const wrong = await app.inject({ url, headers: { authorization: 'Bearer nope-nope-nope' } });
      expect(wrong.statusCode).toBe(401);
    }
  });

  it('lists items newest first and pages with the cursor', async () => {
    const first = await app.inject({ url: '/api/items?limit=2', headers: auth });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.total).toBe(3);
    expect(page1.items.map((i: Item) => i.id)).toEqual(['a3', 'a2']);
    expect(page1.items[0].text).toBeUndefined();
    const second = await app.inject({ url: `/api/items?limit=2&cursor=${page1.nextCursor}`, headers: auth });
    expect(second.json().items.map((i: Item) => i.id)).toEqual(['a1']);
    expect(second.json().nextCursor).toBeNull();
  });

  it('searches with and without diacritics and highlights the match', async () => {
    const exact = (
      await app.inject({ url: `/api/items?q=${encodeURIComponent('biển')}`, headers: auth })
    ).json();
    expect(exact.items.map((i: Item) => i.id)).toEqual(['a1']);
    expect(exact.items[0].highlights.title).toContain('<mark>');
    const folded = (await app.inject({ url: '/api/items?q=bien', headers: auth })).json();
    expect(folded.items.map((i: Item) => i.id).sort()).toEqual(['a1', 'a2']);
  });

  it('returns facets when asked', async () => {
    const body = (await app.inject({ url: '/api/items?facets=language,source', headers: auth })).json();
    expect(body.facets.language).toEqual([{ value: 'vi', count: 3 }]);
  });

  it('points at the column of a query that does not parse', async () => {
    const response = await app.inject({
      url: `/api/items?q=${encodeURIComponent('biển AND (đảo')}`,
      headers: auth,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().column).toBeGreaterThan(0);
  });

  it('rejects a cursor it did not issue', async () => {
    const response = await app.inject({ url: '/api/items?cursor=not-a-cursor', headers: auth });
    expect(response.statusCode).toBe(400);
  });

  it('validates query parameters with the schema', async () => {
    const response = await app.inject({ url: '/api/items?limit=1000', headers: auth });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.length).toBeGreaterThan(0);
  });

  it('returns one item with its text, or a 404 problem', async () => {
    const found = await app.inject({ url: '/api/items/a2', headers: auth });
    expect(found.statusCode).toBe(200);
    expect(found.json().text).toBe('Hàng hóa qua biên giới.');
    const missing = await app.inject({ url: '/api/items/zzz', headers: auth });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().title).toBe('Not Found');
  });

  it('lists sources with their health', async () => {
    await storage.sources.upsert({
      id: 's1',
      name: 'Nguồn thử',
      url: 'https://example.vn/rss',
      kind: 'feed',
      render: false,
      country: 'vn',
      language: 'vi',
      domestic: true,
      minPollSeconds: 60,
      maxPollSeconds: 600,
      selectors: null,
      enabled: true,
    });
    const body = (await app.inject({ url: '/api/sources', headers: auth })).json();
    expect(body.sources).toHaveLength(1);
    expect(body.sources[0]).toMatchObject({ id: 's1', health: { status: 'pending', consecutiveErrors: 0 } });
  });

  it('accepts a rotated admin token and refuses the old one', async () => {
    await seedAdminToken(storage.tokens, 'another-admin-token-987654321');
    expect(await storage.tokens.findBySecretHash(hashTokenSecret(TOKEN))).toBeNull();
    const response = await app.inject({
      url: '/api/items',
      headers: { authorization: 'Bearer another-admin-token-987654321' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('serves the web UI', async () => {
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('PressWatch');
  });
});
