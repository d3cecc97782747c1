// The last act of a crawl (and of a WebSub delivery): one fetch job per entry not seen yet. An
// entry is seen when the item of its canonical URL is stored, or when that URL is a recorded
// alias (url-aliases port) of a stored item: another link, a redirect's target, the rel=canonical,
// AMP or mobile URL of an article fetched before. The job id is the item id, the hash of the
// entry's canonical URL, so the same link found by a poll, a push, another source or a retry is
// enqueued once.
import {
  type FetchPayload,
  type ItemStore,
  itemIdFor,
  type JobQueue,
  type UrlAliasStore,
} from '@presswatch/domain';
import { canonicalizeUrl } from '@presswatch/ingest';
import type { DiscoveredEntry } from './types.ts';

export interface EnqueueDeps {
  items: ItemStore;
  queues: { fetch: JobQueue<FetchPayload> };
  /** Seen-URL aliases; without them only an entry's own item id counts as seen. */
  aliases?: UrlAliasStore;
}

interface Candidate {
  entry: DiscoveredEntry;
  canonicalUrl: string;
}

/** Returns how many fetch jobs were added (existing jobs and seen entries do not count). */
export async function enqueueNewEntries(
  deps: EnqueueDeps,
  sourceId: string,
  entries: DiscoveredEntry[],
): Promise<number> {
  const candidates = new Map<string, Candidate>();
  for (const entry of entries) {
    const canonicalUrl = canonicalizeUrl(entry.url);
    candidates.set(itemIdFor(canonicalUrl), { entry, canonicalUrl });
  }
  const seen = await seenItemIds(deps, candidates);
  // All at once: the embedded queue writes the enqueues of one turn in one commit (a feed's
  // entries cost one transaction, not one each); their order in the queue is this order.
  const results = await Promise.all(
    [...candidates]
      .filter(([itemId]) => !seen.has(itemId))
      .map(([itemId, { entry, canonicalUrl }]) =>
        deps.queues.fetch.enqueue(
          { sourceId, url: entry.url, canonicalUrl, itemId, hints: entry.hints },
          { jobId: `fetch-${itemId}` },
        ),
      ),
  );
  return results.filter((result) => result.added).length;
}

/** Candidate ids whose item is stored, directly or as the owner of the candidate's URL. */
async function seenItemIds(deps: EnqueueDeps, candidates: Map<string, Candidate>): Promise<Set<string>> {
  const seen = await deps.items.existing([...candidates.keys()]);
  if (!deps.aliases) return seen;
  const unseen = [...candidates].filter(([id]) => !seen.has(id));
  if (unseen.length === 0) return seen;
  const owners = await deps.aliases.owners(unseen.map(([, c]) => c.canonicalUrl));
  // An alias may name an item that never got stored (its job failed for good): not seen.
  const stored = await deps.items.existing([...new Set(owners.values())]);
  for (const [id, { canonicalUrl }] of unseen) {
    const owner = owners.get(canonicalUrl);
    if (owner && stored.has(owner)) seen.add(id);
  }
  return seen;
}
