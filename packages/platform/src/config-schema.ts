// The shape of PressWatch's configuration: defaults, bounds and meaning in one place.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const positiveMs = z.coerce.number().int().positive();

export const configSchema = z
  .object({
    /** embedded: SQLite store + SQLite queue in one process. distributed: BullMQ on Redis. */
    mode: z.enum(['embedded', 'distributed']).default('embedded'),
    http: z
      .object({
        host: z.string().min(1).default('0.0.0.0'),
        port: port.default(8080),
        /** The address people and hubs reach us at (WebSub callbacks, links in alerts and digests). */
        publicUrl: z.string().url().optional(),
      })
      .strict()
      .default({}),
    dataDir: z.string().min(1).default('./data'),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .default({}),
    /**
     * Sources added at start: a source in this file that the store does not have yet is added;
     * one it has is left as it is (after that the UI/API edits are what counts).
     */
    sourcesFile: z.string().min(1).nullable().default('config/sources.yaml'),
    /** The argument library's starting cards, saved at start when the library is empty. */
    argumentsDir: z.string().min(1).nullable().default('config/arguments'),
    redis: z
      .object({
        url: z.string().url().optional(),
        prefix: z.string().min(1).default('presswatch'),
        /** BullMQ: a dead worker's job runs again after about lockDurationMs + stalledIntervalMs. */
        lockDurationMs: positiveMs.default(30_000),
        stalledIntervalMs: positiveMs.default(30_000),
      })
      .strict()
      .default({}),
    /**
     * The search engine holding items (ItemStore + SearchIndex) when `url` is set; every other store
     * stays in SQLite. Elasticsearch 8 is the production default, OpenSearch 2 the alternative.
     */
    search: z
      .object({
        url: z.string().url().optional(),
        engine: z.enum(['elasticsearch', 'opensearch']).default('elasticsearch'),
        /** Index and alias names start with it (like redis.prefix). */
        prefix: z.string().min(1).default('presswatch'),
        /** Replicas per item index: 0 on a single node. */
        replicas: z.coerce.number().int().min(0).default(1),
      })
      .strict()
      .default({}),
    /** Single-leader work (the crawl scheduler) in distributed mode: a lease in Redis. */
    leader: z
      .object({
        /** A dead leader is replaced within about this long. */
        ttlMs: positiveMs.default(15_000),
      })
      .strict()
      .default({}),
    crawl: z
      .object({
        userAgent: z
          .string()
          .min(1)
          .default('PressWatch/0.1 (+https://presswatch.invalid/bot; media monitoring)'),
        timeoutMs: positiveMs.default(20_000),
        maxBytes: positiveMs.default(5 * 1024 * 1024),
        schedulerTickMs: positiveMs.default(5_000),
        crawlConcurrency: positiveMs.default(4),
        fetchConcurrency: positiveMs.default(8),
        /** Private or loopback hosts the crawler may reach despite the SSRF guard: host, host:port, IP or CIDR. */
        allowHosts: z
          .preprocess(
            (v) =>
              typeof v === 'string'
                ? v
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean)
                : v,
            z.array(z.string().min(1)),
          )
          .default([]),
        /** Politeness per host: requests at once and the minimum gap between two requests. */
        perHostConcurrency: positiveMs.default(2),
        perHostDelayMs: z.coerce.number().int().min(0).default(1_000),
        /** Every Nth poll of a source skips the conditional headers (some servers send stale 304s). */
        unconditionalEvery: positiveMs.default(12),
        /**
         * Whether `start crawler` also contends for the scheduler lease (distributed mode). `off`
         * when a separate `start scheduler` service schedules (docker-compose.yml does this).
         */
        scheduler: z.enum(['leader-elected', 'off']).default('leader-elected'),
        /**
         * Back-pressure: crawl and fetch work waits (no attempt spent) while the process queue holds
         * highWater jobs or more, and resumes once it is down to lowWater.
         */
        backpressure: z
          .object({
            highWater: positiveMs.default(10_000),
            lowWater: z.coerce.number().int().min(0).default(5_000),
            /** How long a queue depth reading is reused, and how long held-back work waits. */
            checkMs: positiveMs.default(1_000),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    process: z
      .object({
        // A process job spends most of its time waiting (the pool, its commits' turns): ~15 ms
        // per item, so 4 in flight capped ingest near 270 items/s on a 2-core machine.
        concurrency: positiveMs.default(8),
        /**
         * Worker threads for extraction and classification (the CPU-heavy pure steps): default one
         * per core beyond the main thread's (at least one); 0 runs them on the main thread.
         */
        workers: z.coerce.number().int().min(0).max(64).optional(),
        /** Topic definitions and the province gazetteer: data an administrator edits. */
        topicsDir: z.string().min(1).default('config/topics'),
        gazetteerDir: z.string().min(1).default('config/gazetteer'),
      })
      .strict()
      .default({}),
    shutdown: z
      .object({ deadlineMs: positiveMs.default(10_000) })
      .strict()
      .default({}),
    /** Outgoing mail (daily digests). Credentials come from the environment (secrets). */
    smtp: z
      .object({
        host: z.string().min(1).optional(),
        /** 465 means implicit TLS; other ports upgrade with STARTTLS when the server offers it. */
        port: port.default(587),
        user: z.string().min(1).optional(),
        from: z.string().min(3).default('PressWatch <presswatch@localhost>'),
      })
      .strict()
      .default({}),
    /** Webhook delivery, spike alerts and digests (the notifier service). */
    notifier: z
      .object({
        /** A new webhook message waits this long for more alerts to batch with. */
        batchWindowMs: z.coerce.number().int().min(0).default(2_000),
        maxAlertsPerMessage: positiveMs.default(20),
        /** Failed deliveries retry with exponential backoff from retryBaseMs up to retryMaxMs, for retryForMs. */
        retryBaseMs: positiveMs.default(30_000),
        retryMaxMs: positiveMs.default(3_600_000),
        retryForMs: positiveMs.default(86_400_000),
        requestTimeoutMs: positiveMs.default(10_000),
        /** Private hosts or ranges webhooks may reach despite the SSRF guard ("chat.intranet", "10.0.0.0/8"). */
        allowTargets: z.array(z.string().min(1)).default([]),
        deliverConcurrency: positiveMs.default(4),
        /** How often due digests are looked for. */
        digestTickMs: positiveMs.default(60_000),
        spikes: z
          .object({
            enabled: z.boolean().default(true),
            minCountHour: positiveMs.default(5),
            minCountDay: positiveMs.default(15),
            /** One-sided Poisson tail probability below which a count is a spike. */
            pValue: z.coerce.number().positive().max(0.5).default(0.001),
            /** The count must also be at least this many times the baseline mean. */
            minRatio: z.coerce.number().min(1).default(2),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    /** Secrets: accepted from the environment only, never from the config file. */
    secrets: z
      .object({
        adminToken: z.string().min(16, 'must be at least 16 characters').optional(),
        /** smtp:// or smtps:// URL, possibly with user and password; wins over smtp.host. */
        smtpUrl: z.string().url().optional(),
        smtpPassword: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const { highWater, lowWater } = config.crawl.backpressure;
    if (lowWater >= highWater) {
      ctx.addIssue({
        code: 'custom',
        path: ['crawl', 'backpressure', 'lowWater'],
        message: `must be below crawl.backpressure.highWater (${highWater})`,
      });
    }
    if (config.mode === 'distributed' && !config.redis.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['redis', 'url'],
        message: 'REDIS_URL is required in distributed mode',
      });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
export type Config = DeepReadonly<z.output<typeof configSchema>>;
