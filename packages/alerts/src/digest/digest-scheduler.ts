// Every tick: for each enabled digest subscription whose send time has come, enqueue the digest
// job of the day it covers (job id per subscriber and day, so repeated ticks add nothing).
import {
  type DigestPayload,
  type DigestRepository,
  type JobQueue,
  type Periodic,
  periodic,
} from '@presswatch/domain';
import type { AlertsLogger } from '../logger.ts';
import { digestJobId, dueDigestDay } from './digest-schedule.ts';

export function createDigestScheduler(deps: {
  digests: DigestRepository;
  digestQueue: JobQueue<DigestPayload>;
  logger: AlertsLogger;
  now?: () => Date;
}): Periodic<number> {
  const now = deps.now ?? (() => new Date());
  return periodic(
    'digest scheduler',
    async () => {
      const at = now();
      let enqueued = 0;
      for (const subscription of await deps.digests.list()) {
        if (!subscription.enabled) continue;
        const day = dueDigestDay(subscription, at);
        if (!day || (await deps.digests.getSend(subscription.id, day))?.status === 'sent') continue;
        const result = await deps.digestQueue.enqueue(
          { subscriptionId: subscription.id, day },
          { jobId: digestJobId(subscription.id, day) },
        );
        if (result.added) enqueued++;
      }
      if (enqueued > 0) deps.logger.info({ enqueued }, 'digest jobs enqueued');
      return enqueued;
    },
    deps.logger,
  );
}
