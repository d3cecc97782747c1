// Prometheus metrics: one registry per process (no global default registry), with the named
// counters and histograms every service records into, plus gauges read at scrape time from the
// stores and queues. The API serves it at GET /metrics. Label values must stay few (no ids of
// items or alerts): each distinct value is a time series.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type GaugeSetter = (labels: Record<string, string>, value: number) => void;

export interface Metrics {
  readonly registry: Registry;
  /** HTTP requests by method, route pattern (never the raw URL) and status code. The API records it. */
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  /** Items through a pipeline stage (crawl, fetch, process) by outcome (ok, skipped, error). */
  readonly stageItems: Counter<'stage' | 'outcome'>;
  /** Alerts opened, by kind (rule, spike); a cluster adding to an open alert is not counted. */
  readonly alertsOpened: Counter<'kind'>;
  /** Webhook delivery attempts by format (json, slack, telegram) and outcome (delivered, retry, failed). */
  readonly deliveries: Counter<'format' | 'outcome'>;
  /** Seconds a webhook receiver took to answer, by format. */
  readonly deliveryDuration: Histogram<'format'>;
  /** Digest emails by outcome (sent, failed). */
  readonly digests: Counter<'outcome'>;
  /**
   * Registers (or replaces) a gauge computed at scrape time: `collect` calls `set` once per series.
   * Series not set in a scrape disappear (e.g. a deleted source).
   */
  gauge(
    name: string,
    help: string,
    labelNames: readonly string[],
    collect: (set: GaugeSetter) => Promise<void> | void,
  ): void;
  /** The exposition text (text/plain; version=0.0.4). */
  text(): Promise<string>;
  readonly contentType: string;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, GC). Default true. */
  processMetrics?: boolean;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'presswatch_' });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'presswatch_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    stageItems: new Counter({
      name: 'presswatch_stage_items_total',
      help: 'Items through a pipeline stage by outcome',
      labelNames: ['stage', 'outcome'],
      registers,
    }),
    alertsOpened: new Counter({
      name: 'presswatch_alerts_opened_total',
      help: 'Alerts opened by kind',
      labelNames: ['kind'],
      registers,
    }),
    deliveries: new Counter({
      name: 'presswatch_webhook_deliveries_total',
      help: 'Webhook delivery attempts by format and outcome',
      labelNames: ['format', 'outcome'],
      registers,
    }),
    deliveryDuration: new Histogram({
      name: 'presswatch_webhook_delivery_duration_seconds',
      help: 'Webhook receiver response time by format',
      labelNames: ['format'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    digests: new Counter({
      name: 'presswatch_digests_total',
      help: 'Digest emails by outcome',
      labelNames: ['outcome'],
      registers,
    }),
    gauge(name, help, labelNames, collect) {
      registry.removeSingleMetric(name);
      new Gauge({
        name,
        help,
        labelNames: [...labelNames],
        registers,
        async collect() {
          this.reset();
          await collect((labels, value) => this.set(labels, value));
        },
      });
    },
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
