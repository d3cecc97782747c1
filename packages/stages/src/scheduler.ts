// Scheduler: every tick, enqueue a crawl job for each source whose next_poll_at has come. The job
// id is the source id plus its due time, so a tick repeated after a crash enqueues nothing twice.
// The crawl stage sets the real next poll time from what it found; the scheduler only pushes
// next_poll_at past the minimum interval so a source is not enqueued again while its crawl waits.
// It does so for the whole batch in one write before enqueueing, and moves only nextPollAt: a
// crawler (perhaps on another host) may take a job and save its result at once, and a write of
// the whole state read before would put that state back. A crash between the two only delays
// those sources' polls by their minimum interval.
import {
  type CrawlPayload,
  type JobQueue,
  type Periodic,
  periodic,
  type SourceRepository,
} from '@presswatch/domain';
import type { StageLogger } from './deps.ts';

export interface SchedulerDeps {
  sources: SourceRepository;
  crawl: JobQueue<CrawlPayload>;
  logger: StageLogger;
  now?: () => Date;
}

/** tick(): one pass, returning the number of crawl jobs enqueued. */
export type Scheduler = Periodic<number>;

const BATCH = 500;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const now = deps.now ?? (() => new Date());

  async function tick(): Promise<number> {
    const at = now();
    const due = await deps.sources.listDue(at, BATCH);
    if (due.length === 0) return 0;
    await deps.sources.postponePolls(
      due.map((source) => ({
        sourceId: source.id,
        nextPollAt: new Date(at.getTime() + source.minPollSeconds * 1000).toISOString(),
      })),
    );
    let enqueued = 0;
    for (const source of due) {
      const slot = source.state.nextPollAt ? Date.parse(source.state.nextPollAt) : 0;
      const result = await deps.crawl.enqueue(
        { sourceId: source.id },
        { jobId: `crawl-${source.id}-${slot}` },
      );
      if (result.added) enqueued++;
    }
    if (enqueued > 0) deps.logger.debug({ enqueued }, 'crawl jobs enqueued');
    return enqueued;
  }

  return periodic('scheduler tick', tick, deps.logger);
}
