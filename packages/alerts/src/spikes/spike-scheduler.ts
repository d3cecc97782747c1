// Every tick: enqueue the spike check of the last complete hour, a few minutes after it ended so
// items published just before the hour have been processed (job id per hour).
import { type JobQueue, type Periodic, periodic, type SpikesPayload } from '@presswatch/domain';
import type { AlertsLogger } from '../logger.ts';
import { HOUR_MS } from './detect-spikes.ts';

/** Wait this long after an hour ends before checking it. */
export const SPIKE_CHECK_LAG_MS = 10 * 60_000;

export function spikeCheckHour(now: Date): Date {
  return new Date(Math.floor((now.getTime() - SPIKE_CHECK_LAG_MS) / HOUR_MS) * HOUR_MS);
}

export function createSpikeScheduler(deps: {
  spikesQueue: JobQueue<SpikesPayload>;
  logger: AlertsLogger;
  now?: () => Date;
}): Periodic<number> {
  const now = deps.now ?? (() => new Date());
  return periodic(
    'spike scheduler',
    async () => {
      const at = spikeCheckHour(now());
      const result = await deps.spikesQueue.enqueue(
        { at: at.toISOString() },
        { jobId: `spikes-${at.getTime()}` },
      );
      return result.added ? 1 : 0;
    },
    deps.logger,
  );
}
