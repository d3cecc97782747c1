// End to end on the distributed mode with every store in the search engine: redis-server, the
// OpenSearch test node and each service (two APIs, scheduler, crawler, processor, notifier) as a
// separate process, each with a data directory of its own — nothing is shared through files, as
// on separate hosts. The fixture web runs through them; the result is searched through the API,
// the rule's alerts fire once per marked article, and a session opened on one API is honoured by
// the other (shared PRESSWATCH_SESSION_SECRET, sessions in the engine).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '@presswatch/platform';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDeployment, type Deployment } from '../faults/support/deployment.ts';
import {
  addFixtureSources,
  crawlerEnv,
  MARKER,
  MARKER_RULE_ID,
  markedUrls,
  publishArticles,
  saveMarkerRule,
  storedUrls,
  waitForAllStored,
} from '../faults/support/pipeline.ts';
import { openTestRuntime } from '../faults/support/seeded-work.ts';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { freePort } from '../support/free-port.ts';
import { uniqueRedisPrefix } from '../support/redis-server.ts';
import { waitForSearchNode } from '../support/search-node.ts';
import { waitFor } from '../support/wait.ts';

const TOKEN = 'e2e-engine-admin-token-0123456789';
const SESSION_SECRET = `${'s'.repeat(24)}e2e-engine-secret`;
const searchUrl = inject('searchUrl');
const unavailable = inject('searchUnavailable');

describe.skipIf(!searchUrl)(
  `distributed mode, every store in the engine, services as separate processes${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let web: FixtureWeb;
    let deployment: Deployment;
    let runtime: Runtime;
    const ownDirs: string[] = [];
    const prefix = uniqueRedisPrefix('e2e-engine').toLowerCase();
    const ownDir = () => {
      const dir = mkdtempSync(join(tmpdir(), 'pw-host-'));
      ownDirs.push(dir);
      return { PRESSWATCH_DATA_DIR: dir };
    };

    beforeAll(async () => {
      await waitForSearchNode(searchUrl);
      web = await startFixtureWeb({ host: '127.0.0.1' });
      publishArticles(web, 12, 'Tin E');
      const search = { url: searchUrl, engine: 'opensearch' as const, prefix, replicas: 0 };
      deployment = createDeployment({
        redisUrl: inject('redisUrl'),
        label: 'e2e-engine',
        extra: {
          SEARCH_URL: search.url,
          SEARCH_ENGINE: search.engine,
          SEARCH_PREFIX: prefix,
          SEARCH_REPLICAS: '0',
          PRESSWATCH_SESSION_SECRET: SESSION_SECRET,
        },
      });
      runtime = await openTestRuntime(deployment, { search });
      await addFixtureSources(runtime, web);
      await saveMarkerRule(runtime);
    }, 240_000);
    afterEach((context) => {
      if (context.task.result?.state === 'fail') console.error(deployment.describe());
    });
    afterAll(async () => {
      await runtime?.shutdown.shutdown('test over');
      await deployment?.close();
      await web?.close();
      for (const dir of ownDirs) rmSync(dir, { recursive: true, force: true });
    });

    it('crawls, stores, alerts and searches with nothing shared but Redis and the engine', async () => {
      const [port1, port2] = [await freePort(), await freePort()];
      const apiEnv = (port: number) => ({
        ...ownDir(),
        PORT: String(port),
        HOST: '127.0.0.1',
        PRESSWATCH_ADMIN_TOKEN: TOKEN,
      });
      const services = [
        deployment.start('api', apiEnv(port1)),
        deployment.start('api', apiEnv(port2)),
        deployment.start('scheduler', ownDir()),
        deployment.start('crawler', { ...ownDir(), ...crawlerEnv(web), PRESSWATCH_CRAWLER_SCHEDULER: 'off' }),
        deployment.start('processor', ownDir()),
        deployment.start('notifier', ownDir()),
      ];
      await Promise.all(
        services.slice(0, 2).map((api) => api.waitForLog('api listening', undefined, 90_000)),
      );

      await waitForAllStored(runtime, web, deployment);
      expect((await storedUrls(runtime)).sort()).toEqual(web.articles.map((a) => a.url).sort());

      const call = async (port: number, path: string, init: RequestInit = {}) => {
        const headers = { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) };
        return fetch(`http://127.0.0.1:${port}${path}`, { ...init, headers });
      };
      // Search through the API: the marker typed without diacritics finds every marked article.
      const folded = await call(port1, `/api/items?q=${encodeURIComponent('"hai dang con co"')}&limit=100`);
      const found = ((await folded.json()) as { items: { canonicalUrl: string }[] }).items;
      expect(found.map((item) => item.canonicalUrl).sort()).toEqual(markedUrls(web).sort());
      expect(MARKER).toContain('Cồn Cỏ');

      // The rule's alerts, read through the other API: one alert per marked article, none twice.
      const alerts = await waitFor(
        'one alert per marked article',
        async () => {
          const response = await call(port2, `/api/alerts?ruleId=${MARKER_RULE_ID}&limit=100`);
          const page = (await response.json()) as { alerts: { itemIds: string[] }[] };
          const items = page.alerts.flatMap((alert) => alert.itemIds);
          return items.length >= markedUrls(web).length ? items : undefined;
        },
        60_000,
      );
      expect(new Set(alerts).size).toBe(alerts.length);
      expect(alerts).toHaveLength(markedUrls(web).length);

      // A user created on one API logs in there; the session cookie works on the other API.
      const created = await call(port1, '/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'phan-tich', password: 'mat-khau-dai-1234', role: 'analyst' }),
      });
      expect(created.status).toBe(201);
      const login = await fetch(`http://127.0.0.1:${port1}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'phan-tich', password: 'mat-khau-dai-1234' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers
        .getSetCookie()
        .find((c) => c.startsWith('pw_session='))!
        .split(';')[0]!;
      const me = await fetch(`http://127.0.0.1:${port2}/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      const seen = (await me.json()) as { via: string; user: { username: string } };
      expect(seen).toMatchObject({ via: 'session', user: { username: 'phan-tich' } });

      // No process wrote a SQLite store: every service's own data directory holds no database.
      for (const dir of ownDirs) {
        expect(existsSync(join(dir, 'presswatch.db')), dir).toBe(false);
        expect(readdirSync(dir).filter((name) => name.endsWith('.db'))).toEqual([]);
      }
      for (const service of services) expect(await service.kill('SIGTERM'), service.service).toBe(0);
    }, 240_000);
  },
);
