// The API as a Fastify plugin tree: cross-cutting plugins first (errors, request ids and logs,
// auth, security headers and rate limits, audit, OpenAPI), then the routes, each declaring its
// roles (plugins/auth.ts). server.ts turns it into a listening process; tests build it and use
// inject().
import { randomBytes } from 'node:crypto';
import type { QueueBackend, WebSubCallbacks } from '@presswatch/domain';
import { createMetrics, type Metrics, type ReadinessReport, type Stores } from '@presswatch/platform';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { LoginGuard } from './accounts/login.ts';
import { createPasswordHasher, type PasswordHasher } from './accounts/passwords.ts';
import type { ClassifyDirs } from './config-views/classify-config.ts';
import auditPlugin from './plugins/audit.ts';
import authPlugin, { publicContext } from './plugins/auth.ts';
import { type BullBoardQueue, registerBullBoard } from './plugins/bull-board.ts';
import openapiPlugin from './plugins/openapi.ts';
import problemDetails from './plugins/problem-details.ts';
import requestContext, { requestId } from './plugins/request-context.ts';
import securityPlugin from './plugins/security.ts';
import alertRoutes from './routes/alerts.ts';
import argumentRoutes from './routes/arguments.ts';
import auditRoutes from './routes/audit.ts';
import authRoutes from './routes/auth.ts';
import clusterRoutes from './routes/clusters.ts';
import digestRoutes from './routes/digests.ts';
import docsRoutes from './routes/docs.ts';
import dossierRoutes from './routes/dossiers.ts';
import exportRoutes from './routes/exports.ts';
import feedbackRoutes from './routes/feedback.ts';
import feedRoutes from './routes/feeds.ts';
import healthRoutes from './routes/health.ts';
import itemRoutes from './routes/items.ts';
import metricsRoutes from './routes/metrics.ts';
import opmlRoutes from './routes/opml.ts';
import ruleRoutes from './routes/rules.ts';
import savedSearchRoutes from './routes/saved-searches.ts';
import sourceRoutes from './routes/sources.ts';
import sourceAdminRoutes from './routes/sources-admin.ts';
import summaryRoutes from './routes/summaries.ts';
import tokenRoutes from './routes/tokens.ts';
import topicRoutes from './routes/topics.ts';
import uiRoutes from './routes/ui.ts';
import userRoutes from './routes/users.ts';
import volumeRoutes from './routes/volume.ts';
import webhookRoutes from './routes/webhooks.ts';
import websubRoutes from './routes/websub.ts';
import { cachedSerializerFactory } from './schema-cache.ts';

export const API_VERSION = '0.1.0';

/** The defaults of config.process (relative to the working directory). */
const DEFAULT_CLASSIFY_DIRS: ClassifyDirs = { topicsDir: 'config/topics', gazetteerDir: 'config/gazetteer' };

export interface ApiLimits {
  /** Requests per minute per token, user or (anonymous) IP address. */
  requestsPerMinute: number;
  /** POST /auth/login per minute per IP address (the per-user lockout comes on top). */
  loginsPerMinute: number;
  sessionTtlMs: number;
  /** Items per page read from the index while streaming an export. */
  exportPageSize: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  requestsPerMinute: 600,
  loginsPerMinute: 10,
  sessionTtlMs: 12 * 3_600_000,
  exportPageSize: 500,
};

export interface ApiDeps {
  stores: Pick<
    Stores,
    | 'items'
    | 'search'
    | 'sources'
    | 'tokens'
    | 'users'
    | 'sessions'
    | 'audit'
    | 'tokenOwners'
    | 'savedSearches'
    | 'rules'
    | 'alerts'
    | 'webhooks'
    | 'deliveries'
    | 'digests'
    | 'clusters'
    | 'feedback'
    | 'dossiers'
    | 'argumentCards'
  >;
  readiness: () => Promise<ReadinessReport>;
  logger: Logger;
  /** True once shutdown began: /readyz then answers 503 so load balancers drain us. */
  isClosing?: () => boolean;
  /** Queue depths for /metrics. */
  queues?: QueueBackend;
  /** The process's metrics registry (default: a new one). */
  metrics?: Metrics;
  /** http.publicUrl: https makes cookies Secure and turns on HSTS; feed URLs start with it. */
  publicUrl?: string;
  /** Signs session cookies; the same value on every API process (default: random per process). */
  cookieSecret?: string;
  /** A bearer secret that may read /metrics only (PRESSWATCH_METRICS_TOKEN). */
  metricsToken?: string;
  limits?: Partial<ApiLimits>;
  /** Password hashing (default scrypt N=2^15; tests pass cheaper parameters). */
  passwordHasher?: PasswordHasher;
  /** WebSub push callbacks (public: hubs hold no token; deliveries are HMAC-checked). */
  websub?: WebSubCallbacks;
  /** config.process.topicsDir / gazetteerDir, shown read-only by GET /api/topics and /api/gazetteer. */
  classifyDirs?: ClassifyDirs;
  /** Distributed mode: the BullMQ queues Bull Board shows at /admin/queues (admins only). */
  bullBoardQueues?: readonly BullBoardQueue[];
}

export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    genReqId: requestId,
    requestIdHeader: false,
    // One "request completed" line per request comes from plugins/request-context.ts instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
    schemaController: { compilersFactory: { buildSerializer: cachedSerializerFactory() } },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true } },
  });
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const metrics = deps.metrics ?? createMetrics({ processMetrics: false });
  const https = deps.publicUrl?.startsWith('https:') ?? false;
  const { stores } = deps;
  const hasher = deps.passwordHasher ?? createPasswordHasher();

  await app.register(problemDetails);
  await app.register(requestContext, { metrics });
  await app.register(authPlugin, {
    stores,
    cookieSecret: deps.cookieSecret ?? randomBytes(32).toString('base64url'),
    metricsToken: deps.metricsToken ?? null,
  });
  await app.register(securityPlugin, { https, requestsPerMinute: limits.requestsPerMinute });
  await app.register(auditPlugin, { audit: stores.audit });
  await app.register(openapiPlugin, { version: API_VERSION });

  await app.register(healthRoutes, { readiness: deps.readiness, isClosing: deps.isClosing ?? (() => false) });
  await app.register(authRoutes, {
    stores,
    hasher,
    guard: new LoginGuard(stores.users, hasher),
    sessionTtlMs: limits.sessionTtlMs,
    secureCookies: https,
    loginsPerMinute: limits.loginsPerMinute,
  });
  await app.register(userRoutes, { stores, hasher });
  await app.register(tokenRoutes, { stores });
  await app.register(auditRoutes, { audit: stores.audit });
  await app.register(exportRoutes, { search: stores.search, pageSize: limits.exportPageSize });
  await app.register(itemRoutes, {
    items: stores.items,
    search: stores.search,
    clusters: stores.clusters,
    sources: stores.sources,
  });
  await app.register(feedbackRoutes, { items: stores.items, feedback: stores.feedback });
  await app.register(clusterRoutes, { clusters: stores.clusters });
  await app.register(sourceRoutes, { sources: stores.sources });
  await app.register(opmlRoutes, { sources: stores.sources });
  await app.register(summaryRoutes, { search: stores.search });
  await app.register(savedSearchRoutes, { stores, publicUrl: deps.publicUrl ?? null });
  await app.register(feedRoutes, { stores, publicUrl: deps.publicUrl ?? null });
  await app.register(metricsRoutes, { metrics, stores, queues: deps.queues ?? null });
  const alerting = { stores, queues: deps.queues ?? null, publicUrl: deps.publicUrl ?? '' };
  for (const routes of [ruleRoutes, alertRoutes, webhookRoutes, digestRoutes])
    await app.register(routes, alerting);
  // The analysts' UI: dossiers, the argument library, sources admin, topics and volume.
  await app.register(dossierRoutes, { stores });
  await app.register(argumentRoutes, { argumentCards: stores.argumentCards });
  await app.register(sourceAdminRoutes, { sources: stores.sources });
  await app.register(topicRoutes, { dirs: deps.classifyDirs ?? DEFAULT_CLASSIFY_DIRS });
  await app.register(volumeRoutes, { search: stores.search });
  const websub = deps.websub;
  if (websub) await publicContext(app, (child) => websubRoutes(child, { websub }));
  if (deps.bullBoardQueues) await registerBullBoard(app, deps.bullBoardQueues);
  await app.register(docsRoutes, { https });
  await app.register(uiRoutes);
  return app;
}
