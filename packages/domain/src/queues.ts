// The one catalogue of queues: name, payload schema and retry policy side by side. Producers and
// consumers import the same constant, so a payload shape cannot drift between stages.
import { z } from 'zod';
import type { QueueDefinition } from './ports/job-queue.ts';

const crawlPayload = z.object({ sourceId: z.string().min(1) });

const fetchPayload = z.object({
  sourceId: z.string().min(1),
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  itemId: z.string().min(1),
  hints: z
    .object({
      title: z.string().nullable(),
      publishedAt: z.string().nullable(),
      author: z.string().nullable(),
      summary: z.string().nullable(),
    })
    .nullable(),
});

const processPayload = z.object({ documentId: z.string().min(1) });

export const crawlQueue: QueueDefinition<z.infer<typeof crawlPayload>> = {
  name: 'crawl',
  schema: crawlPayload,
  // Few attempts: the scheduler polls again soon anyway, and source health records the error.
  retry: { attempts: 2, backoff: { type: 'exponential', delayMs: 5_000 } },
  timeoutMs: 60_000,
};

export const fetchQueue: QueueDefinition<z.infer<typeof fetchPayload>> = {
  name: 'fetch',
  schema: fetchPayload,
  retry: { attempts: 5, backoff: { type: 'exponential', delayMs: 10_000 } },
  timeoutMs: 60_000,
};

export const processQueue: QueueDefinition<z.infer<typeof processPayload>> = {
  name: 'process',
  schema: processPayload,
  retry: { attempts: 5, backoff: { type: 'exponential', delayMs: 2_000 } },
  timeoutMs: 30_000,
};

const deliverPayload = z.object({ deliveryId: z.string().min(1) });

const digestPayload = z.object({
  subscriptionId: z.string().min(1),
  /** The local day the digest covers, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const spikesPayload = z.object({
  /** End of the last complete hour checked (ISO); the job id carries it too. */
  at: z.string().datetime(),
});

/** One webhook delivery per job (job id `deliver-<deliveryId>`); the handler schedules its own retries. */
export const deliverQueue: QueueDefinition<z.infer<typeof deliverPayload>> = {
  name: 'deliver',
  schema: deliverPayload,
  // Attempts here cover crashes only: failed sends retry for a day through RetryAfterError.
  retry: { attempts: 5, backoff: { type: 'exponential', delayMs: 5_000 } },
  timeoutMs: 60_000,
};

/** One digest email per subscriber and day (job id `digest-<subscriptionId>-<day>`). */
export const digestQueue: QueueDefinition<z.infer<typeof digestPayload>> = {
  name: 'digest',
  schema: digestPayload,
  retry: { attempts: 6, backoff: { type: 'exponential', delayMs: 60_000 } },
  timeoutMs: 120_000,
};

/** Spike detection over the last complete hour (job id `spikes-<hour>`). */
export const spikesQueue: QueueDefinition<z.infer<typeof spikesPayload>> = {
  name: 'spikes',
  schema: spikesPayload,
  retry: { attempts: 3, backoff: { type: 'exponential', delayMs: 30_000 } },
  timeoutMs: 120_000,
};

export type CrawlPayload = z.infer<typeof crawlPayload>;
export type FetchPayload = z.infer<typeof fetchPayload>;
export type ProcessPayload = z.infer<typeof processPayload>;
export type DeliverPayload = z.infer<typeof deliverPayload>;
export type DigestPayload = z.infer<typeof digestPayload>;
export type SpikesPayload = z.infer<typeof spikesPayload>;

export const QUEUES = [crawlQueue, fetchQueue, processQueue, deliverQueue, digestQueue, spikesQueue] as const;
