// The deliver job: one webhook message per delivery. While the delivery is open it waits for the
// subscription's rate-limit slot (alerts arriving meanwhile join it: batching); then it is sealed
// with its exact body and sent, signed. A failure is logged on the delivery and retried with
// exponential backoff for a day (RetryAfterError: the queue does not count it as a crash).
//
//   run(job) → load → waitForSlot → seal (build + format) → send signed → record attempt
import {
  type AlertRepository,
  type DeliverPayload,
  type Delivery,
  type DeliveryRepository,
  errorMessage,
  type ItemStore,
  type Job,
  RetryAfterError,
  type RuleRepository,
  type WebhookRepository,
  type WebhookSubscription,
} from '@presswatch/domain';
import type { UiLinks } from '../links.ts';
import type { AlertsLogger } from '../logger.ts';
import { buildAlertMessage } from './alert-message.ts';
import { formatMessage } from './format-message.ts';
import { withoutUrl } from './mask-url.ts';
import { nextAttemptAt, type RetrySettings } from './retry-schedule.ts';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature.ts';
import { WebhookSendError, type WebhookSender } from './webhook-sender.ts';

export interface DeliverDeps {
  deliveries: DeliveryRepository;
  webhooks: WebhookRepository;
  alerts: AlertRepository;
  rules: RuleRepository;
  items: ItemStore;
  send: WebhookSender;
  links: UiLinks;
  settings: RetrySettings;
  userAgent: string;
  logger: AlertsLogger;
  now?: () => Date;
}

export function createDeliverHandler(deps: DeliverDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runDeliver(job: Job<DeliverPayload>): Promise<void> {
    let delivery = await deps.deliveries.get(job.payload.deliveryId);
    if (!delivery || delivery.status === 'delivered' || delivery.status === 'failed') return;
    const subscription = await deps.webhooks.get(delivery.subscriptionId);
    if (!subscription?.enabled) {
      await giveUp(delivery, subscription ? 'subscription is disabled' : 'subscription was deleted');
      return;
    }
    if (delivery.status === 'open') {
      const sealed = await seal(delivery, subscription);
      if (!sealed) return;
      delivery = sealed;
    }
    await attempt(delivery, subscription, job.signal);
  };

  /** Waits for the rate-limit slot (throws RetryAfterError), then fixes the body. */
  async function seal(delivery: Delivery, subscription: WebhookSubscription): Promise<Delivery | null> {
    const waitMs = await deps.webhooks.takeSendSlot(
      subscription.id,
      now(),
      60_000 / subscription.ratePerMinute,
    );
    if (waitMs > 0) throw new RetryAfterError(waitMs, 'waiting for the subscription rate limit');
    const message = await buildAlertMessage(delivery, deps);
    const sealed = await deps.deliveries.seal(
      delivery.id,
      formatMessage(message, subscription),
      now().toISOString(),
    );
    // Sealed by someone else meanwhile: carry on with what they stored.
    return sealed ?? deps.deliveries.get(delivery.id);
  }

  async function attempt(delivery: Delivery, subscription: WebhookSubscription, signal: AbortSignal) {
    const body = delivery.body ?? '';
    const started = now();
    const headers = {
      [SIGNATURE_HEADER]: signatureHeader(subscription.secret, body, started),
      [DELIVERY_HEADER]: delivery.id,
      'User-Agent': deps.userAgent,
    };
    let status: number | null = null;
    let failure: WebhookSendError | null = null;
    try {
      ({ status } = await deps.send({
        url: subscription.url,
        body,
        contentType: delivery.contentType ?? 'application/json',
        headers,
        signal,
      }));
    } catch (error) {
      if (signal.aborted) throw error; // shutdown or timeout: the queue runs the job again
      failure = error instanceof WebhookSendError ? error : new WebhookSendError(errorMessage(error), null);
      status = failure.status;
    }
    const finished = now();
    const record = {
      at: started.toISOString(),
      status,
      error: failure ? withoutUrl(failure.message, subscription.url) : null,
      durationMs: finished.getTime() - started.getTime(),
    };
    if (!failure) {
      await deps.deliveries.recordAttempt(delivery.id, record, { status: 'delivered', nextAttemptAt: null });
      deps.logger.info(
        { deliveryId: delivery.id, subscriptionId: subscription.id, status },
        'webhook delivered',
      );
      return;
    }
    await retryOrFail(delivery, record, failure.retryAfterMs, finished);
  }

  async function retryOrFail(
    delivery: Delivery,
    record: Delivery['attempts'][number],
    retryAfterMs: number | null,
    at: Date,
  ): Promise<void> {
    const first = new Date(delivery.attempts[0]?.at ?? record.at);
    const failures = delivery.attempts.length + 1;
    const next = nextAttemptAt(deps.settings, first, at, failures, retryAfterMs);
    const log = { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, status: record.status };
    if (!next) {
      await deps.deliveries.recordAttempt(delivery.id, record, { status: 'failed', nextAttemptAt: null });
      deps.logger.warn({ ...log, error: record.error, failures }, 'webhook delivery failed for good');
      return;
    }
    await deps.deliveries.recordAttempt(delivery.id, record, {
      status: 'sending',
      nextAttemptAt: next.toISOString(),
    });
    deps.logger.info(
      { ...log, error: record.error, nextAttemptAt: next.toISOString() },
      'webhook delivery will retry',
    );
    throw new RetryAfterError(
      next.getTime() - at.getTime(),
      `webhook answered ${record.status ?? 'nothing'}`,
    );
  }

  async function giveUp(delivery: Delivery, reason: string): Promise<void> {
    const at = now().toISOString();
    const record = { at, status: null, error: reason, durationMs: 0 };
    await deps.deliveries.recordAttempt(delivery.id, record, { status: 'failed', nextAttemptAt: null });
  }
}
