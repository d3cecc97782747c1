// The notifier service: the deliver worker (webhooks), the digest and spike workers, and the two
// schedulers that enqueue digests and spike checks. Every job id is idempotent, so several
// notifier processes may run side by side in the distributed mode.
import {
  createDeliverHandler,
  createDigestHandler,
  createDigestScheduler,
  createFanOut,
  createSafeWebhookSender,
  createSpikeHandler,
  createSpikeScheduler,
  DEFAULT_TIME_ZONE,
  uiLinks,
} from '@presswatch/alerts';
import { deliverQueue, digestQueue, spikesQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { publicUrlOf } from './public-url.ts';
import { createSmtpMailSender } from './smtp-mail-sender.ts';

export interface NotifierOptions {
  /** Run the digest and spike schedulers here (default true). */
  schedulers?: boolean;
}

export function startNotifier(runtime: Runtime, options: NotifierOptions = {}): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores, queues } = adapters;
  const settings = config.notifier;
  const log = logger.child({ service: 'notifier' });
  const links = uiLinks(publicUrlOf(config));

  const sender = createSafeWebhookSender({
    allow: settings.allowTargets,
    userAgent: config.crawl.userAgent,
    timeoutMs: settings.requestTimeoutMs,
  });
  shutdown.register('webhook http client', 'last', () => sender.close());
  const deliverWorker = queues.work(
    deliverQueue,
    createDeliverHandler({
      ...stores,
      send: sender.send,
      links,
      settings,
      userAgent: config.crawl.userAgent,
      logger: log,
    }),
    { concurrency: settings.deliverConcurrency },
  );
  shutdown.register('deliver worker', 'workers', (left) => deliverWorker.close({ deadlineMs: left }));

  const mail = createSmtpMailSender({
    ...config.smtp,
    url: config.secrets.smtpUrl,
    password: config.secrets.smtpPassword,
  });
  if (mail) {
    shutdown.register('smtp transport', 'last', () => mail.close());
    const digestWorker = queues.work(
      digestQueue,
      createDigestHandler({ ...stores, mail, from: config.smtp.from, links, logger: log }),
      { concurrency: 2 },
    );
    shutdown.register('digest worker', 'workers', (left) => digestWorker.close({ deadlineMs: left }));
  } else {
    log.warn('no SMTP server configured (SMTP_URL or SMTP_HOST): daily digests are not sent');
  }

  const fanOut = createFanOut({ ...stores, deliverQueue: queues.queue(deliverQueue), settings });
  const spikeWorker = queues.work(
    spikesQueue,
    createSpikeHandler({
      ...stores,
      fanOut,
      settings: settings.spikes,
      timeZone: DEFAULT_TIME_ZONE,
      logger: log,
    }),
    { concurrency: 1 },
  );
  shutdown.register('spikes worker', 'workers', (left) => spikeWorker.close({ deadlineMs: left }));

  if (options.schedulers ?? true) startSchedulers(runtime, Boolean(mail));
  log.info({ digests: Boolean(mail), spikes: settings.spikes.enabled }, 'notifier started');
}

function startSchedulers(runtime: Runtime, digests: boolean): void {
  const { config, logger, shutdown, adapters } = runtime;
  const log = logger.child({ service: 'notifier' });
  if (digests) {
    const digestScheduler = createDigestScheduler({
      digests: adapters.stores.digests,
      digestQueue: adapters.queues.queue(digestQueue),
      logger: log,
    });
    digestScheduler.start(config.notifier.digestTickMs);
    shutdown.register('digest scheduler', 'schedulers', () => digestScheduler.stop());
  }
  if (config.notifier.spikes.enabled) {
    const spikeScheduler = createSpikeScheduler({
      spikesQueue: adapters.queues.queue(spikesQueue),
      logger: log,
    });
    spikeScheduler.start(60_000);
    shutdown.register('spike scheduler', 'schedulers', () => spikeScheduler.stop());
  }
}
