// GET /metrics: Prometheus text for admins, or for a scraper holding the metrics token
// (ApiDeps.metricsToken, from PRESSWATCH_METRICS_TOKEN). Besides the counters every service
// records (HTTP latency, stage items, alerts, deliveries, digests), gauges are read from the
// stores and queues at scrape time: stored items, jobs per queue and state, source health.
import {
  type ItemStore,
  type JobQueue,
  QUEUES,
  type QueueBackend,
  type SourceRepository,
  sourceHealthStatus,
} from '@presswatch/domain';
import type { Metrics } from '@presswatch/platform';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../schemas/problem.ts';

export interface MetricsRouteOptions {
  metrics: Metrics;
  stores: { items: ItemStore; sources: SourceRepository };
  queues: QueueBackend | null;
}

function registerGauges(options: MetricsRouteOptions): void {
  const { metrics, stores, queues } = options;
  metrics.gauge(
    'presswatch_items_stored',
    'Items in the store (the output of the process stage)',
    [],
    async (set) => {
      set({}, await stores.items.count());
    },
  );
  metrics.gauge(
    'presswatch_source_consecutive_errors',
    'Consecutive failed fetches per source (0 when the last one worked)',
    ['source'],
    async (set) => {
      for (const source of await stores.sources.list())
        set({ source: source.id }, source.state.consecutiveErrors);
    },
  );
  metrics.gauge(
    'presswatch_source_up',
    '1 when a source is healthy (ok or pending), else 0',
    ['source'],
    async (set) => {
      const now = new Date();
      for (const source of await stores.sources.list()) {
        const status = sourceHealthStatus(source.enabled, source.state, now);
        set({ source: source.id }, status === 'ok' || status === 'pending' ? 1 : 0);
      }
    },
  );
  if (!queues) return;
  const producers = new Map<string, JobQueue<unknown>>();
  metrics.gauge('presswatch_queue_jobs', 'Jobs per queue and state', ['queue', 'state'], async (set) => {
    for (const definition of QUEUES) {
      const queue = producers.get(definition.name) ?? queues.queue(definition as never);
      producers.set(definition.name, queue);
      const counts = await queue.counts();
      for (const [state, count] of Object.entries(counts)) set({ queue: definition.name, state }, count);
    }
  });
}

export default async function metricsRoutes(app: FastifyInstance, options: MetricsRouteOptions) {
  registerGauges(options);
  app.get(
    '/metrics',
    {
      config: { roles: ['admin'], metricsScrape: true },
      schema: {
        tags: ['metrics'],
        description: 'Prometheus text format. Bearer: an admin token, or the metrics token.',
        produces: ['text/plain'],
        response: { 200: Type.String(), ...problemResponses },
      },
    },
    async (_request, reply) => {
      const text = await options.metrics.text();
      return reply.type(options.metrics.contentType).header('cache-control', 'no-store').send(text);
    },
  );
}
