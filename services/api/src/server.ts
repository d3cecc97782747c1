// The API service: build the app, listen, and close it first on shutdown (in-flight requests finish).
import { fetchQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createWebSubCallbacks } from '@presswatch/stages';
import { buildApp } from './app.ts';
import { loadCookieSecret } from './cookie-secret.ts';
import { openBullBoardQueues } from './plugins/bull-board.ts';

export async function startApi(runtime: Runtime): Promise<{ url: string }> {
  const { config, logger, shutdown, adapters } = runtime;
  const bullBoardQueues = await openBullBoardQueues(config, shutdown);
  const app = await buildApp({
    stores: adapters.stores,
    readiness: adapters.readiness,
    logger: logger.child({ service: 'api' }),
    isClosing: () => shutdown.closing,
    queues: adapters.queues,
    metrics: adapters.metrics,
    publicUrl: config.http.publicUrl,
    classifyDirs: { topicsDir: config.process.topicsDir, gazetteerDir: config.process.gazetteerDir },
    cookieSecret: loadCookieSecret(config.dataDir),
    // A secret read from the environment only, like PRESSWATCH_ADMIN_TOKEN.
    metricsToken: metricsTokenFromEnv(),
    websub: createWebSubCallbacks({
      subscriptions: adapters.stores.websub,
      sources: adapters.stores.sources,
      items: adapters.stores.items,
      queues: { fetch: adapters.queues.queue(fetchQueue) },
      logger: logger.child({ service: 'websub' }),
    }),
    ...(bullBoardQueues && { bullBoardQueues }),
  });
  shutdown.register('http server', 'http', () => app.close());
  const url = await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url }, 'api listening');
  return { url };
}

function metricsTokenFromEnv(): string | undefined {
  const token = process.env.PRESSWATCH_METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < 16) throw new Error('PRESSWATCH_METRICS_TOKEN must be at least 16 characters');
  return token;
}
