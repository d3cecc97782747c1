// crawl stage: fetch a source's feed with a conditional GET, parse it, drop entries already
// stored, enqueue one fetch job per new entry (job id = item id, so duplicates are no-ops) and
// record the source's health. A broken feed is an expected outcome: it marks the source
// unhealthy and returns, it does not throw.
//
//   run(job) → loadSource → fetchFeed → parseEntries → enqueueNew → recordHealth
import {
  type CrawlPayload,
  errorMessage,
  itemIdFor,
  type Job,
  type SourceState,
  type SourceWithState,
  updatePublishingRate,
} from '@presswatch/domain';
import { canonicalizeUrl, type FeedEntry, FetchError, httpFetch, parseFeed } from '@presswatch/ingest';
import type { CrawlDeps } from './deps.ts';
import { nextPollDelaySeconds, rateFromEntryDates } from './poll-interval.ts';

interface CrawlOutcome {
  status: number | null;
  error: string | null;
  newEntries: number;
  etag: string | null;
  lastModified: string | null;
  retryAfterSeconds: number | null;
  /** Publication dates of the feed's entries (for a first estimate of the publishing rate). */
  entryDates: (string | null)[];
}

export function createCrawlHandler(deps: CrawlDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runCrawl(job: Job<CrawlPayload>): Promise<void> {
    const source = await deps.sources.get(job.payload.sourceId);
    if (!source?.enabled) return; // removed or disabled since it was scheduled
    const startedAt = now();
    const outcome = await crawlSource(source, job.signal);
    await recordHealth(source.id, startedAt, outcome);
    deps.logger.info(
      { sourceId: source.id, status: outcome.status, newEntries: outcome.newEntries, error: outcome.error },
      'source crawled',
    );
  };

  async function crawlSource(source: SourceWithState, signal: AbortSignal): Promise<CrawlOutcome> {
    const outcome: CrawlOutcome = {
      status: null,
      error: null,
      newEntries: 0,
      etag: source.state.etag,
      lastModified: source.state.lastModified,
      retryAfterSeconds: null,
      entryDates: [],
    };
    try {
      const response = await httpFetch(source.url, {
        ...deps.http,
        signal,
        etag: source.state.etag ?? undefined,
        lastModified: source.state.lastModified ?? undefined,
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
      });
      outcome.status = response.status;
      if (response.notModified) return outcome;
      const feed = await parseFeed(response.body, response.url);
      outcome.newEntries = await enqueueNew(source, feed.entries);
      outcome.entryDates = feed.entries.map((entry) => entry.publishedAt);
      outcome.etag = response.headers.etag;
      outcome.lastModified = response.headers.lastModified;
    } catch (error) {
      if (signal.aborted) throw error; // timeout or shutdown: let the queue retry
      if (error instanceof FetchError) {
        outcome.status = error.status ?? null;
        outcome.retryAfterSeconds = error.retryAfterSeconds ?? null;
      }
      outcome.error = errorMessage(error);
    }
    return outcome;
  }

  async function enqueueNew(source: SourceWithState, entries: FeedEntry[]): Promise<number> {
    const candidates = new Map<string, { entry: FeedEntry; canonicalUrl: string }>();
    for (const entry of entries) {
      const canonicalUrl = canonicalizeUrl(entry.url);
      candidates.set(itemIdFor(canonicalUrl), { entry, canonicalUrl });
    }
    const stored = await deps.items.existing([...candidates.keys()]);
    let added = 0;
    for (const [itemId, { entry, canonicalUrl }] of candidates) {
      if (stored.has(itemId)) continue;
      const hints = {
        title: entry.title,
        publishedAt: entry.publishedAt,
        author: entry.author,
        summary: entry.summary,
      };
      const result = await deps.queues.fetch.enqueue(
        { sourceId: source.id, url: entry.url, canonicalUrl, itemId, hints },
        { jobId: `fetch-${itemId}` },
      );
      if (result.added) added++;
    }
    return added;
  }

  async function recordHealth(sourceId: string, startedAt: Date, outcome: CrawlOutcome): Promise<void> {
    // Re-read: the scheduler may have written state while we were fetching.
    const current = await deps.sources.get(sourceId);
    if (!current) return;
    const previous = current.state;
    const failed = outcome.error !== null;
    const consecutiveErrors = failed ? previous.consecutiveErrors + 1 : 0;
    const itemsPerDay = failed ? previous.itemsPerDay : learnRate(previous, outcome, startedAt);
    const delay = nextPollDelaySeconds(current, {
      consecutiveErrors,
      retryAfterSeconds: outcome.retryAfterSeconds,
      itemsPerDay,
    });
    const at = startedAt.toISOString();
    const state: SourceState = {
      ...previous,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      lastFetchAt: at,
      lastSuccessAt: failed ? previous.lastSuccessAt : at,
      firstSuccessAt: previous.firstSuccessAt ?? (failed ? null : at),
      lastNewItemAt: outcome.newEntries > 0 ? at : previous.lastNewItemAt,
      lastStatus: outcome.status,
      lastError: outcome.error,
      consecutiveErrors,
      itemsSeen: previous.itemsSeen + outcome.newEntries,
      itemsPerDay,
      pollCount: previous.pollCount + 1,
      nextPollAt: new Date(startedAt.getTime() + delay * 1000).toISOString(),
    };
    await deps.sources.saveState(state);
  }
}

/** The first successful poll estimates the rate from entry dates; later ones fold in what was new. */
function learnRate(previous: SourceState, outcome: CrawlOutcome, at: Date): number | null {
  if (!previous.lastSuccessAt) return rateFromEntryDates(outcome.entryDates, at);
  const elapsed = at.getTime() - Date.parse(previous.lastSuccessAt);
  return updatePublishingRate(previous.itemsPerDay, outcome.newEntries, elapsed);
}
