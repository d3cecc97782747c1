// Fan-out by declared interest: an alert event goes to the rule's channels and to every
// subscription that follows one of the alert's topics. Each subscription gets the event added to
// its open delivery (batching) — held until the rule's quiet hours end — and the delivery's job
// is enqueued with the batch window as delay. A subscription only gets events that happened
// after it was created: a new subscription never receives the backlog, even when an old event
// is notified again (a re-processed item, a re-run spike check).
import { randomUUID } from 'node:crypto';
import type {
  Alert,
  AlertRule,
  DeliverPayload,
  DeliveryEvent,
  DeliveryRepository,
  JobQueue,
  WebhookRepository,
  WebhookSubscription,
} from '@presswatch/domain';
import { quietUntil } from '../rules/quiet-hours.ts';

export interface FanOutDeps {
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  deliverQueue: JobQueue<DeliverPayload>;
  settings: { batchWindowMs: number; maxAlertsPerMessage: number };
  now?: () => Date;
}

export interface FanOut {
  /**
   * `eventAt`: when the event happened (default now). Returns how many subscriptions the event
   * was added for.
   */
  notify(
    alert: Alert,
    event: DeliveryEvent,
    itemIds: string[],
    rule: AlertRule | null,
    eventAt?: string,
  ): Promise<number>;
}

export function deliverJobId(deliveryId: string): string {
  return `deliver-${deliveryId}`;
}

export function createFanOut(deps: FanOutDeps): FanOut {
  const now = deps.now ?? (() => new Date());

  return {
    async notify(alert, event, itemIds, rule, eventAt) {
      const at = now();
      const happened = eventAt ?? at.toISOString();
      const targets = interestedIn(await deps.webhooks.list(), alert, rule).filter(
        (s) => Date.parse(s.createdAt) <= Date.parse(happened),
      );
      if (targets.length === 0) return 0;
      const heldUntil = quietUntil(rule?.quietHours ?? null, at);
      let added = 0;
      for (const subscription of targets) {
        const { delivery } = await deps.deliveries.addEntry({
          subscriptionId: subscription.id,
          heldUntil: heldUntil?.toISOString() ?? null,
          entry: { alertId: alert.id, event, itemIds, at: happened },
          entryKey: `${alert.id}|${event}|${itemIds.join(',')}`,
          newDeliveryId: `dl_${randomUUID()}`,
          maxEntries: deps.settings.maxAlertsPerMessage,
          now: at.toISOString(),
        });
        if (!delivery) continue; // this event reached this subscription before
        added++;
        // Idempotent by job id: a no-op while the delivery's job waits; re-creates a lost one.
        const holdMs = heldUntil ? heldUntil.getTime() - at.getTime() : 0;
        await deps.deliverQueue.enqueue(
          { deliveryId: delivery.id },
          { jobId: deliverJobId(delivery.id), delayMs: Math.max(deps.settings.batchWindowMs, holdMs) },
        );
      }
      return added;
    },
  };
}

function interestedIn(
  subscriptions: WebhookSubscription[],
  alert: Alert,
  rule: AlertRule | null,
): WebhookSubscription[] {
  const channels = new Set(rule?.channels ?? []);
  return subscriptions.filter(
    (s) => s.enabled && (channels.has(s.id) || s.topics.some((topic) => alert.topics.includes(topic))),
  );
}
