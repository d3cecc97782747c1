// The API service: build the app, listen, and close it first on shutdown (in-flight requests finish).
import type { Runtime } from '@presswatch/platform';
import { buildApp } from './app.ts';

export async function startApi(runtime: Runtime): Promise<{ url: string }> {
  const { config, logger, shutdown, adapters } = runtime;
  const app = await buildApp({
    stores: adapters.stores,
    readiness: adapters.readiness,
    logger: logger.child({ service: 'api' }),
    isClosing: () => shutdown.closing,
  });
  shutdown.register('http server', 'http', () => app.close());
  const url = await app.listen({ host: config.http.host, port: config.http.port });
  logger.info({ url }, 'api listening');
  return { url };
}
