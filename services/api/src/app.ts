// The API as a Fastify plugin tree: cross-cutting plugins (errors, auth) first, then routes.
// server.ts turns it into a listening process; tests build it and use inject().
import type { ReadinessReport, Stores } from '@presswatch/platform';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import authPlugin from './plugins/auth.ts';
import problemDetails from './plugins/problem-details.ts';
import healthRoutes from './routes/health.ts';
import itemRoutes from './routes/items.ts';
import sourceRoutes from './routes/sources.ts';
import uiRoutes from './routes/ui.ts';

export interface ApiDeps {
  stores: Pick<Stores, 'items' | 'search' | 'sources' | 'tokens'>;
  readiness: () => Promise<ReadinessReport>;
  logger: Logger;
  /** True once shutdown began: /readyz then answers 503 so load balancers drain us. */
  isClosing?: () => boolean;
}

export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    trustProxy: false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true } },
  });
  await app.register(problemDetails);
  await app.register(authPlugin, { tokens: deps.stores.tokens });
  await app.register(healthRoutes, { readiness: deps.readiness, isClosing: deps.isClosing ?? (() => false) });
  await app.register(itemRoutes, { items: deps.stores.items, search: deps.stores.search });
  await app.register(sourceRoutes, { sources: deps.stores.sources });
  await app.register(uiRoutes);
  return app;
}
