// Back-pressure: when the process queue is deep (the processors or the store behind them are slow
// or down), the crawler stops adding to it instead of piling up work it could lose. The gate
// closes at highWater jobs and opens again at lowWater (hysteresis, so it does not flap). Held
// crawl and fetch jobs are put back with RetryAfterError — no attempt spent — so an outage fills
// Redis by at most about highWater process jobs plus the crawl and fetch jobs already queued.
import type { JobQueue } from '@presswatch/domain';
import { createCheckedGate, type GateLogger, type WorkGate } from './work-gate.ts';

export interface BackpressureSettings {
  highWater: number;
  lowWater: number;
  /** A depth reading is reused this long; held-back jobs retry after it. */
  checkMs: number;
}

/**
 * Jobs not yet finished: what the processors still have to do. depth(), not counts(): this runs
 * about once a second, and counts() also counts the finished jobs kept for retention.
 */
export async function queueDepth(queue: JobQueue<unknown>): Promise<number> {
  return queue.depth();
}

export function createBackpressureGate(
  watched: JobQueue<unknown>,
  settings: BackpressureSettings,
  logger: GateLogger,
): WorkGate {
  let open = true;
  let depth = 0;
  const check = async () => {
    depth = await queueDepth(watched);
    if (open && depth >= settings.highWater) open = false;
    else if (!open && depth <= settings.lowWater) open = true;
    return open;
  };
  return createCheckedGate(check, settings.checkMs, (nowOpen) => {
    if (nowOpen) logger.info({ queue: watched.name, depth }, 'back-pressure: resuming');
    else logger.warn({ queue: watched.name, depth, ...settings }, 'back-pressure: holding');
  });
}
