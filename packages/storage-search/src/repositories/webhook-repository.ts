// WebhookRepository over the engine: one document per subscription plus its next send slot. The
// slot is taken with a conditional write (if_seq_no), so two notifiers never both send early.
import type { WebhookRepository, WebhookSubscription } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type CollectionPlacement, openCollection, retryOnConflict } from '../collection/index.ts';

interface WebhookDoc {
  id: string;
  created_at: string;
  /** Epoch ms when the next message may be sent; 0: now. */
  next_slot_ms: number;
  subscription: WebhookSubscription;
}

export function createWebhookRepository(
  client: EngineClient,
  options: CollectionPlacement,
): WebhookRepository {
  const webhooks = openCollection<WebhookDoc>(client, {
    name: 'webhooks',
    ...options,
    properties: {
      id: { type: 'keyword' },
      // keyword, not date: lists sort by the stored string, as the SQLite adapter does.
      created_at: { type: 'keyword' },
      next_slot_ms: { type: 'long' },
      subscription: { type: 'object', enabled: false },
    },
  });

  return {
    async save(subscription) {
      // Replacing the subscription keeps its send slot.
      await webhooks.modify(subscription.id, (current) => ({
        id: subscription.id,
        created_at: subscription.createdAt,
        next_slot_ms: current?.next_slot_ms ?? 0,
        subscription,
      }));
    },
    async get(id) {
      return (await webhooks.get(id))?.doc.subscription ?? null;
    },
    async list() {
      const hits = await webhooks.findAll({ sort: [{ created_at: 'asc' }] });
      return hits.map((hit) => hit.doc.subscription);
    },
    delete: (id) => webhooks.delete(id),
    takeSendSlot: (id, now, intervalMs) =>
      retryOnConflict(async () => {
        const stored = await webhooks.get(id);
        if (!stored) return 0; // deleted meanwhile: the sender finds out itself
        const slot = stored.doc.next_slot_ms;
        if (slot > now.getTime()) return slot - now.getTime();
        const next = { ...stored.doc, next_slot_ms: now.getTime() + intervalMs };
        // The slot is read by id only (real-time), so no refresh is needed.
        await webhooks.put(id, next, { ifVersion: stored.version, refresh: false });
        return 0;
      }),
  };
}
