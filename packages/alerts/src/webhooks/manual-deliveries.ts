// Deliveries people ask for: redelivering a sent (or failed) message with the same body, and a
// test message to check a new subscription. Both go through the deliver job like any other.
import { randomUUID } from 'node:crypto';
import type {
  DeliverPayload,
  Delivery,
  DeliveryRepository,
  JobQueue,
  WebhookSubscription,
} from '@presswatch/domain';
import { NotFoundError } from '@presswatch/domain';
import type { AlertMessage } from './alert-message.ts';
import { deliverJobId } from './fan-out.ts';
import { formatMessage } from './format-message.ts';

export class DeliveryStateError extends Error {
  override readonly name = 'DeliveryStateError';
}

export interface ManualDeliveryDeps {
  deliveries: DeliveryRepository;
  deliverQueue: JobQueue<DeliverPayload>;
  now?: () => Date;
}

export function createManualDeliveries(deps: ManualDeliveryDeps) {
  const now = deps.now ?? (() => new Date());

  async function enqueueSealed(delivery: Delivery): Promise<Delivery> {
    await deps.deliveries.insert(delivery);
    await deps.deliverQueue.enqueue({ deliveryId: delivery.id }, { jobId: deliverJobId(delivery.id) });
    return delivery;
  }

  function sealedDelivery(subscriptionId: string, fields: Partial<Delivery>): Delivery {
    const at = now().toISOString();
    return {
      id: `dl_${randomUUID()}`,
      subscriptionId,
      status: 'sending',
      entries: [],
      heldUntil: null,
      createdAt: at,
      sealedAt: at,
      body: null,
      contentType: null,
      attempts: [],
      nextAttemptAt: null,
      deliveredAt: null,
      redeliveryOf: null,
      ...fields,
    };
  }

  return {
    /** A new delivery with the original's exact body; the original's log stays as it was. */
    async redeliver(deliveryId: string): Promise<Delivery> {
      const original = await deps.deliveries.get(deliveryId);
      if (!original) throw new NotFoundError(`No delivery ${deliveryId}`);
      if (original.body === null) throw new DeliveryStateError('this delivery has not been sent yet');
      return enqueueSealed(
        sealedDelivery(original.subscriptionId, {
          entries: original.entries,
          body: original.body,
          contentType: original.contentType,
          redeliveryOf: original.id,
        }),
      );
    },

    /** A test message in the subscription's format, outside its rate limit. */
    async sendTest(subscription: WebhookSubscription, link: string): Promise<Delivery> {
      const at = now().toISOString();
      const delivery = sealedDelivery(subscription.id, {
        entries: [{ alertId: null, event: 'test', itemIds: [], at }],
      });
      const message: AlertMessage = {
        deliveryId: delivery.id,
        createdAt: at,
        alerts: [{ event: 'test', alert: null, rule: null, spike: null, clusterSize: 0, items: [], link }],
      };
      return enqueueSealed({ ...delivery, ...formatMessage(message, subscription) });
    },
  };
}

export type ManualDeliveries = ReturnType<typeof createManualDeliveries>;
