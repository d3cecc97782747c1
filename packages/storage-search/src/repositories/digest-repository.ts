// DigestRepository over the engine: subscriptions, and one send record per (subscription, day)
// whose id is that pair. A "sent" record is final: the replacing write is conditional on the
// version read, so a late "failed" racing a "sent" cannot overwrite it.
import type { DigestRepository, DigestSend, DigestSubscription } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type CollectionPlacement, openCollection } from '../collection/index.ts';

interface SubscriptionDoc {
  id: string;
  user_id: string;
  created_at: string;
  subscription: DigestSubscription;
}

interface SendDoc {
  subscription_id: string;
  day: string;
  status: DigestSend['status'];
  send: DigestSend;
}

export function createDigestRepository(client: EngineClient, options: CollectionPlacement): DigestRepository {
  const subscriptions = openCollection<SubscriptionDoc>(client, {
    name: 'digests',
    ...options,
    properties: {
      id: { type: 'keyword' },
      user_id: { type: 'keyword' },
      created_at: { type: 'keyword' },
      subscription: { type: 'object', enabled: false },
    },
  });
  const sends = openCollection<SendDoc>(client, {
    name: 'digest-sends',
    ...options,
    properties: {
      subscription_id: { type: 'keyword' },
      day: { type: 'keyword' },
      status: { type: 'keyword' },
      send: { type: 'object', enabled: false },
    },
  });
  const sendId = (subscriptionId: string, day: string) => `${subscriptionId}|${day}`;

  return {
    async save(subscription) {
      await subscriptions.put(subscription.id, {
        id: subscription.id,
        user_id: subscription.userId,
        created_at: subscription.createdAt,
        subscription,
      });
    },
    async get(id) {
      return (await subscriptions.get(id))?.doc.subscription ?? null;
    },
    async list(query) {
      const hits = await subscriptions.findAll({
        ...(query?.userId !== undefined && { filter: { where: [{ term: { user_id: query.userId } }] } }),
        sort: [{ created_at: 'asc' }],
      });
      return hits.map((hit) => hit.doc.subscription);
    },
    delete: (id) => subscriptions.delete(id),
    async getSend(subscriptionId, day) {
      return (await sends.get(sendId(subscriptionId, day)))?.doc.send ?? null;
    },
    async recordSend(send) {
      const doc = { subscription_id: send.subscriptionId, day: send.day, status: send.status, send };
      await sends.modify(sendId(send.subscriptionId, send.day), (current) =>
        current?.status === 'sent' ? null : doc,
      );
    },
    async listSends(subscriptionId, limit) {
      const hits = await sends.find({
        filter: { where: [{ term: { subscription_id: subscriptionId } }] },
        sort: [{ day: 'desc' }],
        size: limit,
      });
      return hits.map((hit) => hit.doc.send);
    },
  };
}
