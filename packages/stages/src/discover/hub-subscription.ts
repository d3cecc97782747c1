// When a crawled feed advertises a WebSub hub: subscribe, and renew before the lease runs out.
// The crawl calls ensureSubscribed on every successful poll, so renewal needs no timer of its own
// (a poll comes at least every maxPollSeconds); renewExpiring is there for a scheduler as well.
//
//   ensureSubscribed → fresh enough? stop : save as pending → POST hub.mode=subscribe
//
// The record is saved before the POST because a hub may verify before its 202 reaches us. The
// subscription id (part of the callback URL) is derived from source, hub and topic, so renewals
// keep the callback and secret the hub already knows.
import {
  errorMessage,
  hashId,
  type Source,
  type WebSubRepository,
  type WebSubSubscription,
} from '@presswatch/domain';
import { type HubLink, httpFetch, newHubSecret, subscriptionForm } from '@presswatch/ingest';
import type { HttpSettings, HubSubscriber, StageLogger } from '../deps.ts';

export interface HubSubscriberDeps {
  subscriptions: WebSubRepository;
  http: HttpSettings;
  /** Public base URL of the API (config http.publicUrl): the hub calls <publicUrl>/websub/callback/<id>. */
  publicUrl: string;
  logger: StageLogger;
  now?: () => Date;
  /** Lease we ask for (default 7 days; the hub decides). */
  leaseSeconds?: number;
  /** Ask again when a request got no verification within this long (default 1 h). */
  retryPendingMs?: number;
  /** Ask again this long after a hub denied us (default 1 day). */
  retryDeniedMs?: number;
}

export interface HubSubscriberService extends HubSubscriber {
  /** Renews active subscriptions whose lease ends within the renewal margin; returns how many. */
  renewExpiring(sourceOf: (sourceId: string) => Promise<Source | null>): Promise<number>;
}

const DAY_S = 86_400;

export function createHubSubscriber(deps: HubSubscriberDeps): HubSubscriberService {
  const now = deps.now ?? (() => new Date());
  const leaseSeconds = deps.leaseSeconds ?? 7 * DAY_S;
  const retryPendingMs = deps.retryPendingMs ?? 3_600_000;
  const retryDeniedMs = deps.retryDeniedMs ?? DAY_S * 1000;

  // Fresh: nothing to ask the hub now. A request still waiting for its verification (a first
  // subscription or a renewal) is left alone for retryPendingMs.
  function isFresh(existing: WebSubSubscription, at: Date): boolean {
    const sinceRequest = at.getTime() - Date.parse(existing.requestedAt);
    if (existing.state === 'denied') return sinceRequest < retryDeniedMs;
    const awaiting =
      existing.verifiedAt === null || Date.parse(existing.requestedAt) > Date.parse(existing.verifiedAt);
    if (awaiting && sinceRequest < retryPendingMs) return true;
    if (existing.state !== 'active' || !existing.expiresAt) return false;
    return Date.parse(existing.expiresAt) - at.getTime() > renewalMarginMs(existing.leaseSeconds);
  }

  async function request(source: Source, hub: HubLink, existing: WebSubSubscription | null): Promise<void> {
    const at = now();
    const id = subscriptionIdFor(source.id, hub);
    const subscription: WebSubSubscription = {
      ...(existing ?? blankSubscription(id, source.id, hub, newHubSecret())),
      state: existing?.state === 'active' ? 'active' : 'pending',
      requestedMode: 'subscribe',
      requestedAt: at.toISOString(),
      lastError: null,
    };
    await deps.subscriptions.save(subscription);
    const callback = `${deps.publicUrl.replace(/\/+$/, '')}/websub/callback/${id}`;
    try {
      await httpFetch(hub.hub, {
        ...deps.http,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: subscriptionForm({
          mode: 'subscribe',
          topic: hub.topic,
          callback,
          secret: subscription.secret,
          leaseSeconds,
        }),
        robots: false,
      });
      deps.logger.info(
        { sourceId: source.id, hub: hub.hub, topic: hub.topic },
        'websub subscription requested',
      );
    } catch (error) {
      const lastError = `Hub refused the subscription request: ${errorMessage(error)}`;
      await deps.subscriptions.save({ ...subscription, lastError });
      deps.logger.warn(
        { sourceId: source.id, hub: hub.hub, err: error },
        'websub subscription request failed',
      );
    }
  }

  return {
    async ensureSubscribed(source, hub) {
      const existing = await deps.subscriptions.get(subscriptionIdFor(source.id, hub));
      if (existing && isFresh(existing, now())) return;
      await request(source, hub, existing);
    },
    async renewSource(source) {
      const at = now();
      for (const subscription of await deps.subscriptions.listBySource(source.id)) {
        if (subscription.state !== 'active' || isFresh(subscription, at)) continue;
        await request(source, { hub: subscription.hubUrl, topic: subscription.topicUrl }, subscription);
      }
    },
    async renewExpiring(sourceOf) {
      const at = now();
      const before = new Date(at.getTime() + renewalMarginMs(leaseSeconds));
      let renewed = 0;
      for (const subscription of await deps.subscriptions.listExpiring(before, 100)) {
        const source = await sourceOf(subscription.sourceId);
        if (!source?.enabled || isFresh(subscription, at)) continue;
        await request(source, { hub: subscription.hubUrl, topic: subscription.topicUrl }, subscription);
        renewed++;
      }
      return renewed;
    },
  };
}

export function subscriptionIdFor(sourceId: string, hub: HubLink): string {
  return hashId(`${sourceId}\n${hub.hub}\n${hub.topic}`);
}

/** Renew when a tenth of the lease is left, and never later than an hour before it ends. */
function renewalMarginMs(leaseSeconds: number | null): number {
  return Math.max(3_600_000, ((leaseSeconds ?? 0) * 1000) / 10);
}

function blankSubscription(id: string, sourceId: string, hub: HubLink, secret: string): WebSubSubscription {
  return {
    id,
    sourceId,
    hubUrl: hub.hub,
    topicUrl: hub.topic,
    secret,
    state: 'pending',
    requestedMode: 'subscribe',
    leaseSeconds: null,
    requestedAt: new Date(0).toISOString(),
    verifiedAt: null,
    expiresAt: null,
    lastDeliveryAt: null,
    deliveries: 0,
    lastError: null,
  };
}
