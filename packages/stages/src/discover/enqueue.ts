// The last act of a crawl (and of a WebSub delivery): one fetch job per entry whose item is not
// stored yet. The job id is the item id, the hash of the canonical URL, so the same article found
// by a poll, a push, another source or a retry is enqueued once.
import { type FetchPayload, type ItemStore, itemIdFor, type JobQueue } from '@presswatch/domain';
import { canonicalizeUrl } from '@presswatch/ingest';
import type { DiscoveredEntry } from './types.ts';

export interface EnqueueDeps {
  items: ItemStore;
  queues: { fetch: JobQueue<FetchPayload> };
}

/** Returns how many fetch jobs were added (existing jobs and stored items do not count). */
export async function enqueueNewEntries(
  deps: EnqueueDeps,
  sourceId: string,
  entries: DiscoveredEntry[],
): Promise<number> {
  const candidates = new Map<string, { entry: DiscoveredEntry; canonicalUrl: string }>();
  for (const entry of entries) {
    const canonicalUrl = canonicalizeUrl(entry.url);
    candidates.set(itemIdFor(canonicalUrl), { entry, canonicalUrl });
  }
  const stored = await deps.items.existing([...candidates.keys()]);
  let added = 0;
  for (const [itemId, { entry, canonicalUrl }] of candidates) {
    if (stored.has(itemId)) continue;
    const result = await deps.queues.fetch.enqueue(
      { sourceId, url: entry.url, canonicalUrl, itemId, hints: entry.hints },
      { jobId: `fetch-${itemId}` },
    );
    if (result.added) added++;
  }
  return added;
}
