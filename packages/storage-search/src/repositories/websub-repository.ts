// WebSubRepository over the engine: the subscription as one unindexed object, with the fields its
// lookups need (source, state, request time, lease end) beside it. Saves replace by id and wait
// for a refresh, so the per-source and expiring lists that follow see them (subscriptions change
// a few times a day per source; the lists run on every crawl and renewal pass).
import type { WebSubRepository, WebSubSubscription } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type Collection, KEY_FIELD, openCollection } from '../collection/index.ts';

export interface WebSubDoc {
  subscription: WebSubSubscription;
  source_id: string;
  state: string;
  requested_at: string;
  expires_at: string | null;
}

const MAX_LIST = 10_000;

export function websubCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<WebSubDoc> {
  return openCollection<WebSubDoc>(client, {
    name: 'websub',
    ...options,
    properties: {
      subscription: { type: 'object', enabled: false },
      source_id: { type: 'keyword' },
      state: { type: 'keyword' },
      requested_at: { type: 'date' },
      expires_at: { type: 'date' },
    },
  });
}

export function createWebSubRepository(subscriptions: Collection<WebSubDoc>): WebSubRepository {
  return {
    async save(subscription) {
      await subscriptions.put(subscription.id, {
        subscription,
        source_id: subscription.sourceId,
        state: subscription.state,
        requested_at: subscription.requestedAt,
        expires_at: subscription.expiresAt,
      });
    },
    async get(id) {
      return (await subscriptions.get(id))?.doc.subscription ?? null;
    },
    async listBySource(sourceId) {
      const hits = await subscriptions.findAll({
        filter: { where: [{ term: { source_id: sourceId } }] },
        sort: [{ requested_at: 'desc' }, { [KEY_FIELD]: 'asc' }],
      });
      return hits.map((hit) => hit.doc.subscription);
    },
    async listExpiring(before, limit) {
      const hits = await subscriptions.find({
        filter: {
          where: [{ term: { state: 'active' } }, { range: { expires_at: { lte: before.toISOString() } } }],
        },
        sort: [{ expires_at: 'asc' }],
        size: Math.min(limit, MAX_LIST),
      });
      return hits.map((hit) => hit.doc.subscription);
    },
  };
}
