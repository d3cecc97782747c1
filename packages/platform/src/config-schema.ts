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
    /** Seeded into the source list at start; an administrator edits this file. */
    sourcesFile: z.string().min(1).nullable().default('config/sources.yaml'),
    redis: z
      .object({ url: z.string().url().optional(), prefix: z.string().min(1).default('presswatch') })
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
      })
      .strict()
      .default({}),
    process: z
      .object({ concurrency: positiveMs.default(4) })
      .strict()
      .default({}),
    shutdown: z
      .object({ deadlineMs: positiveMs.default(10_000) })
      .strict()
      .default({}),
    /** Secrets: accepted from the environment only, never from the config file. */
    secrets: z
      .object({ adminToken: z.string().min(16, 'must be at least 16 characters').optional() })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
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
