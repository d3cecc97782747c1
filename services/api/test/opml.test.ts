// OPML import and export routes against a real SQLite store (temp file), through Fastify's inject.
// A minimal app with the problem-details, auth and audit plugins carries the route plugin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySourceState, parseSource } from '@presswatch/domain';
import { sourcesFromOpml } from '@presswatch/ingest';
import { hashTokenSecret, seedAdminToken } from '@presswatch/platform';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import auditPlugin from '../src/plugins/audit.ts';
import authPlugin from '../src/plugins/auth.ts';
import problemDetails from '../src/plugins/problem-details.ts';
import opmlRoutes from '../src/routes/opml.ts';

const ADMIN = 'test-admin-token-0123456789';
const VIEWER = 'test-viewer-token-0123456789';
const asAdmin = { authorization: `Bearer ${ADMIN}` };

const OPML = `<?xml version="1.0"?>
<opml version="2.0" xmlns:pw="urn:presswatch:opml:1">
  <head><title>Nguồn thử</title></head>
  <body>
    <outline text="Tỉnh">
      <outline type="rss" text="Báo Ví Dụ" xmlUrl="https://bao.example.vn/rss.xml" language="vi" pw:country="vn"/>
      <outline type="rss" text="Hỏng" xmlUrl="mailto:toasoan@bao.example.vn"/>
    </outline>
    <outline type="rss" text="Regional Example" xmlUrl="https://regional.example.com/feed" pw:id="regional" pw:domestic="false"/>
  </body>
</opml>`;

describe('OPML routes', () => {
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  let app: FastifyInstance;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-opml-api-'));
    storage = openSqliteStorage({ path: join(dir, 'pw.db') });
    await seedAdminToken(storage.tokens, ADMIN);
    await storage.tokens.create({
      id: 'viewer',
      name: 'viewer',
      role: 'viewer',
      secretHash: hashTokenSecret(VIEWER),
    });
    app = Fastify({
      ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true } },
    });
    await app.register(problemDetails);
    await app.register(authPlugin, { tokens: storage.tokens });
    await app.register(auditPlugin, { audit: storage.audit });
    await app.register(opmlRoutes, { sources: storage.sources });
    await app.ready();
  });

  afterEach(async () => {
    await app.close();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: string, headers: Record<string, string> = asAdmin, type = 'text/x-opml') =>
    app.inject({
      method: 'POST',
      url: '/api/sources/opml',
      payload: body,
      headers: { ...headers, 'content-type': type },
    });

  it('is for administrators only', async () => {
    const viewer = { authorization: `Bearer ${VIEWER}` };
    for (const response of [
      await app.inject({ url: '/api/sources/opml', headers: viewer }),
      await post(OPML, viewer),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await app.inject({ url: '/api/sources/opml' })).statusCode).toBe(401);
    expect(await storage.sources.list()).toEqual([]);
  });

  it('imports every valid subscription, lists the rejected ones, and updates on a second import', async () => {
    const first = await post(OPML);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ imported: 2, created: 2, updated: 0 });
    expect(first.json().errors).toEqual([
      {
        position: 2,
        url: 'mailto:toasoan@bao.example.vn',
        title: 'Hỏng',
        message: 'url: must be an http(s) URL',
      },
    ]);
    const stored = await storage.sources.list();
    expect(stored.map((s) => [s.id, s.name, s.country, s.domestic]).sort()).toEqual([
      ['bao-example-vn-rss-xml', 'Báo Ví Dụ', 'vn', true],
      ['regional', 'Regional Example', null, false],
    ]);

    await storage.sources.saveState({ ...emptySourceState('regional'), itemsSeen: 42 });
    const second = await post(
      OPML.replace('Regional Example', 'Regional Example (Asia)'),
      asAdmin,
      'application/xml',
    );
    expect(second.json()).toMatchObject({ imported: 2, created: 0, updated: 2 });
    const regional = await storage.sources.get('regional');
    expect([regional?.name, regional?.state.itemsSeen]).toEqual(['Regional Example (Asia)', 42]);
    const audit = await storage.audit.list({ limit: 10, action: 'source.import' });
    expect(audit.entries.map((e) => e.details)).toEqual([
      { imported: 2, created: 0, updated: 2, rejected: 1 },
      { imported: 2, created: 2, updated: 0, rejected: 1 },
    ]);
  });

  it('answers 400 problems for a body that is not OPML or holds nothing valid', async () => {
    const notOpml = await post('<rss version="2.0"><channel/></rss>');
    expect(notOpml.statusCode).toBe(400);
    expect(notOpml.json().detail).toMatch(/Not an OPML document/);
    const nothingValid = await post('<opml><body><outline xmlUrl="ftp://x.example/feed"/></body></opml>');
    expect(nothingValid.statusCode).toBe(400);
    expect(nothingValid.json().errors).toEqual([
      { path: 'entry 1', message: 'ftp://x.example/feed: url: must be an http(s) URL' },
    ]);
    const empty = await post('<opml><body><outline text="Thư mục"/></body></opml>');
    expect(empty.json().detail).toMatch(/no subscription/);
    expect((await post('', asAdmin)).statusCode).toBe(400);
  });

  it('exports the stored sources as OPML that imports back to the same sources', async () => {
    const sources = [
      parseSource({
        id: 'a',
        name: 'Báo A & B',
        url: 'https://a.example.vn/rss?x=1&y=2',
        country: 'vn',
        language: 'vi',
      }),
      parseSource({
        id: 'b',
        name: 'B',
        url: 'https://b.example.com/list',
        kind: 'listing',
        selectors: { item: 'h3 a' },
        domestic: false,
      }),
    ];
    for (const source of sources) await storage.sources.upsert(source);
    const response = await app.inject({ url: '/api/sources/opml', headers: asAdmin });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/x-opml; charset=utf-8');
    const back = sourcesFromOpml(response.body);
    expect(back.errors).toEqual([]);
    expect(back.sources.sort((x, y) => x.id.localeCompare(y.id))).toEqual(sources);
  });
});
