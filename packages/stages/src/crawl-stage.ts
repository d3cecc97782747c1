// crawl stage: discover a source's entries with a conditional GET (feed, sitemap or listing page:
// discover/), drop entries already stored, enqueue one fetch job per new entry (job id = item id,
// so duplicates are no-ops) and record the source's health. A broken source is an expected
// outcome: it marks the source unhealthy and returns, it does not throw. A feed that names a
// WebSub hub is subscribed to as well.
//
//   run(job) → loadSource → discoverEntries → enqueueNewEntries → keepPushSubscription → recordHealth
import {
  type CrawlPayload,
  errorMessage,
  type Job,
  type SourceState,
  type SourceWithState,
  updatePublishingRate,
} from '@presswatch/domain';
import { FetchError, type HubLink } from '@presswatch/ingest';
import type { CrawlDeps } from './deps.ts';
import { DEFAULT_SITEMAP_SETTINGS, discoverEntries, enqueueNewEntries } from './discover/index.ts';
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
      const found = await discoverEntries(source, {
        http: deps.http,
        signal,
        now: now(),
        validators: {
          etag: source.state.etag ?? undefined,
          lastModified: source.state.lastModified ?? undefined,
          unconditional: isUnconditionalPoll(source.state.pollCount, deps.unconditionalEvery ?? 12),
        },
        sitemap: { ...DEFAULT_SITEMAP_SETTINGS, ...deps.sitemap },
      });
      outcome.status = found.status;
      if (found.notModified) {
        await keepPushSubscription(source, null);
        return outcome;
      }
      outcome.newEntries = await enqueueNewEntries(deps, source.id, found.entries);
      outcome.entryDates = found.entries.map((entry) => entry.hints.publishedAt);
      outcome.etag = found.etag;
      outcome.lastModified = found.lastModified;
      if (found.hub) await keepPushSubscription(source, found.hub);
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

  // Subscribe to the hub a feed names; on a 304 (hub unknown) renew a lease that ends soon. Push
  // is a bonus on top of polling: a hub that fails is logged, not held against the source.
  async function keepPushSubscription(source: SourceWithState, hub: HubLink | null): Promise<void> {
    if (!deps.websub) return;
    try {
      if (hub) await deps.websub.ensureSubscribed(source, hub);
      else await deps.websub.renewSource(source);
    } catch (error) {
      deps.logger.warn({ sourceId: source.id, hub: hub?.hub, err: error }, 'websub subscription failed');
    }
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

/** Every Nth poll skips the validators: some servers keep answering 304 after the feed changed. */
export function isUnconditionalPoll(pollCount: number, every: number): boolean {
  return every > 0 && pollCount > 0 && (pollCount + 1) % every === 0;
}
