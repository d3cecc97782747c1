// WebSub callbacks: what the API's callback route hands over. A verification (GET) is answered
// from the subscription we asked for; a content distribution (POST) is checked against the
// subscription's secret and then treated exactly like a crawl of the feed: the pushed body is
// parsed and its new entries enqueued as fetch jobs with the same ids a poll would give, so an
// article that arrives by push and by poll is fetched once.
//
//   verify(id, query)  → decideVerification → save state → echo hub.challenge | 404
//   deliver(id, body)  → verifyHubSignature → parseFeed → enqueueNewEntries → note on the source
import {
  errorMessage,
  type SourceRepository,
  type WebSubCallbackReply,
  type WebSubCallbacks,
  type WebSubRepository,
  type WebSubSubscription,
} from '@presswatch/domain';
import { decideVerification, decodeBody, parseFeed, verifyHubSignature } from '@presswatch/ingest';
import type { StageLogger } from './deps.ts';
import { type EnqueueDeps, enqueueNewEntries } from './discover/enqueue.ts';
import type { DiscoveredEntry } from './discover/types.ts';

export interface WebSubDeps extends EnqueueDeps {
  subscriptions: WebSubRepository;
  sources: SourceRepository;
  logger: StageLogger;
  now?: () => Date;
  /** The lease asked for (the hub's answer wins); used when a hub leaves hub.lease_seconds out. */
  leaseSeconds?: number;
}

const reply = (status: number, body = ''): WebSubCallbackReply => ({ status, body });

export function createWebSubCallbacks(deps: WebSubDeps): WebSubCallbacks {
  const now = deps.now ?? (() => new Date());

  async function verify(id: string, query: Record<string, string | undefined>): Promise<WebSubCallbackReply> {
    const subscription = await deps.subscriptions.get(id);
    if (!subscription) return reply(404, 'unknown subscription');
    const decision = decideVerification(query, {
      topicUrl: subscription.topicUrl,
      requestedMode: subscription.requestedMode,
      requestedLeaseSeconds: deps.leaseSeconds ?? 7 * 86_400,
    });
    const at = now();
    const log = { subscriptionId: id, sourceId: subscription.sourceId, outcome: decision.outcome };
    switch (decision.outcome) {
      case 'refuse':
        deps.logger.warn({ ...log, reason: decision.reason }, 'websub verification refused');
        return reply(404, decision.reason);
      case 'denied':
        await deps.subscriptions.save({
          ...subscription,
          state: 'denied',
          lastError: `Hub denied: ${decision.reason ?? 'no reason given'}`,
        });
        deps.logger.warn({ ...log, reason: decision.reason }, 'websub subscription denied by the hub');
        return reply(200);
      case 'agree':
        await deps.subscriptions.save(verified(subscription, decision, at));
        deps.logger.info(log, `websub ${decision.mode} verified`);
        return reply(200, decision.challenge);
    }
  }

  async function deliver(
    id: string,
    delivery: { body: Buffer; signature: string | null; contentType: string | null },
  ): Promise<WebSubCallbackReply> {
    const subscription = await deps.subscriptions.get(id);
    if (!subscription) return reply(404, 'unknown subscription');
    if (subscription.state === 'unsubscribed') return reply(410, 'unsubscribed');
    const check = verifyHubSignature(delivery.signature, delivery.body, subscription.secret);
    if (!check.valid) {
      deps.logger.warn(
        { subscriptionId: id, reason: check.reason },
        'websub delivery refused: bad signature',
      );
      return reply(403, `signature ${check.reason}`);
    }
    const source = await deps.sources.get(subscription.sourceId);
    if (!source?.enabled) return reply(410, 'source removed or disabled');
    const at = now();
    try {
      const entries = await pushedEntries(delivery.body, delivery.contentType, subscription.topicUrl);
      const enqueued = await enqueueNewEntries(deps, source.id, entries);
      await noteDelivery(subscription, at, null);
      if (enqueued > 0) await noteNewItems(source.id, enqueued, at);
      deps.logger.info({ subscriptionId: id, sourceId: source.id, enqueued }, 'websub delivery accepted');
      return reply(202, `enqueued ${enqueued}`);
    } catch (error) {
      // Signed but unreadable: acknowledged (a retry would bring the same body), kept on record.
      await noteDelivery(subscription, at, `Unreadable delivery: ${errorMessage(error)}`);
      deps.logger.warn({ subscriptionId: id, err: error }, 'websub delivery unreadable');
      return reply(202, 'unreadable');
    }
  }

  async function noteDelivery(subscription: WebSubSubscription, at: Date, lastError: string | null) {
    const current = (await deps.subscriptions.get(subscription.id)) ?? subscription;
    await deps.subscriptions.save({
      ...current,
      lastDeliveryAt: at.toISOString(),
      deliveries: current.deliveries + 1,
      lastError,
    });
  }

  // New items that arrived by push keep the source from looking silent to its health.
  async function noteNewItems(sourceId: string, added: number, at: Date): Promise<void> {
    const source = await deps.sources.get(sourceId);
    if (!source) return;
    const state = source.state;
    await deps.sources.saveState({
      ...state,
      itemsSeen: state.itemsSeen + added,
      lastNewItemAt: at.toISOString(),
    });
  }

  return { verify, deliver };
}

function verified(
  subscription: WebSubSubscription,
  decision: { mode: 'subscribe'; leaseSeconds: number } | { mode: 'unsubscribe' },
  at: Date,
): WebSubSubscription {
  if (decision.mode === 'unsubscribe') {
    return { ...subscription, state: 'unsubscribed', verifiedAt: at.toISOString(), expiresAt: null };
  }
  return {
    ...subscription,
    state: 'active',
    leaseSeconds: decision.leaseSeconds,
    verifiedAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + decision.leaseSeconds * 1000).toISOString(),
    lastError: null,
  };
}

/** The pushed body is the feed itself (a "fat ping"): its entries, as a crawl would read them. */
async function pushedEntries(
  body: Buffer,
  contentType: string | null,
  topicUrl: string,
): Promise<DiscoveredEntry[]> {
  const feed = await parseFeed(decodeBody(body, contentType), topicUrl);
  return feed.entries.map((entry) => ({
    url: entry.url,
    hints: {
      title: entry.title,
      publishedAt: entry.publishedAt,
      author: entry.author,
      summary: entry.summary,
    },
  }));
}
