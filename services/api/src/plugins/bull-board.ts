// Bull Board (the BullMQ dashboard) at /admin/queues, in distributed mode only. Every route it adds
// — pages, its JSON API, its static assets — is registered for admins only, so it goes through
// the auth plugin like any route (bearer token or an admin's session cookie) and shows up in the
// role matrix (test/bull-board.test.ts).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { QUEUES } from '@presswatch/domain';
import type { Config, ShutdownRegistry } from '@presswatch/platform';
import type { AdminQueues } from '@presswatch/queue-bullmq';
import type { FastifyInstance, RouteOptions } from 'fastify';

export const BULL_BOARD_PATH = '/admin/queues';

export type BullBoardQueue = AdminQueues['queues'][number];

export async function registerBullBoard(app: FastifyInstance, queues: readonly BullBoardQueue[]) {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });
  await app.register(async (child) => {
    child.addHook('onRoute', (route: RouteOptions) => {
      route.config = { ...route.config, roles: ['admin'] };
    });
    await child.register(serverAdapter.registerPlugin(), { prefix: BULL_BOARD_PATH });
  });
}

/** The catalogue's queues as BullMQ handles, in distributed mode; null in embedded mode. */
export async function openBullBoardQueues(
  config: Config,
  shutdown: ShutdownRegistry,
): Promise<readonly BullBoardQueue[] | null> {
  if (config.mode !== 'distributed' || !config.redis.url) return null;
  const { openBullmqAdminQueues } = await import('@presswatch/queue-bullmq');
  const admin = openBullmqAdminQueues({
    redisUrl: config.redis.url,
    prefix: config.redis.prefix,
    names: QUEUES.map((queue) => queue.name),
  });
  shutdown.register('bull board queues', 'queues', () => admin.close());
  return admin.queues;
}
