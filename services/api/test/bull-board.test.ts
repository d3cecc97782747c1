// Bull Board on the API (distributed mode): every route it adds is for admins only and goes through
// the auth plugin — nobody gets 401, other roles 403 — and an admin sees the real queues in Redis.
import { ROLES } from '@presswatch/domain';
import { openBullmqAdminQueues } from '@presswatch/queue-bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uniqueRedisPrefix } from '../../../tests/support/redis-server.ts';
import { BULL_BOARD_PATH } from '../src/plugins/bull-board.ts';
import { startTestApi, type TestApi } from './support.ts';

describe('Bull Board at /admin/queues', () => {
  let api: TestApi;
  let admin: ReturnType<typeof openBullmqAdminQueues>;

  beforeAll(async () => {
    admin = openBullmqAdminQueues({
      redisUrl: inject('redisUrl'),
      prefix: uniqueRedisPrefix('board'),
      names: ['process', 'crawl'],
    });
    await admin.queues[0]!.add('process-doc-1', { documentId: 'doc-1' }, { jobId: 'process-doc-1' });
    api = await startTestApi({ bullBoardQueues: admin.queues });
  });
  afterAll(async () => {
    await api?.close();
    await admin?.queues[0]?.obliterate({ force: true });
    await admin?.close();
  });

  it('declares every dashboard route for admins only', () => {
    const board = api.app.routeTable.filter((route) => route.url.startsWith(BULL_BOARD_PATH));
    expect(board.length).toBeGreaterThan(3);
    for (const route of board) expect(route.roles, `${route.method} ${route.url}`).toEqual(['admin']);
  });

  it('answers 401 to nobody and 403 to every role but admin', async () => {
    for (const url of [BULL_BOARD_PATH, `${BULL_BOARD_PATH}/api/queues`]) {
      expect((await api.app.inject({ url })).statusCode).toBe(401);
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const response = await api.app.inject({ url, headers: api.bearer(role) });
        expect(response.statusCode, `${role} ${url}`).toBe(403);
      }
    }
  });

  it('shows an admin the dashboard and the queues in Redis', async () => {
    const page = await api.app.inject({ url: BULL_BOARD_PATH, headers: api.bearer('admin') });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const list = await api.app.inject({ url: `${BULL_BOARD_PATH}/api/queues`, headers: api.bearer('admin') });
    expect(list.statusCode).toBe(200);
    const body = list.json() as { queues: Array<{ name: string; counts: Record<string, number> }> };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(['crawl', 'process']);
    expect(body.queues.find((queue) => queue.name === 'process')?.counts.waiting).toBe(1);
  });
});
