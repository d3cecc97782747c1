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

export type CrawlPayload = z.infer<typeof crawlPayload>;
export type FetchPayload = z.infer<typeof fetchPayload>;
export type ProcessPayload = z.infer<typeof processPayload>;

export const QUEUES = [crawlQueue, fetchQueue, processQueue] as const;
