// WebSub (W3C) push subscriptions: one per source whose feed advertises a hub. The crawl stage
// asks for one, the hub verifies it through our callback route, then pushes new content there.
// The SQLite adapter implements the repository; the stages implement the callback service that
// the API's unauthenticated callback route calls.

/**
 * pending: asked the hub, waiting for its verification request. active: verified, lease running.
 * denied: the hub refused (hub.mode=denied). unsubscribed: we asked to stop and the hub confirmed.
 */
export const WEBSUB_STATES = ['pending', 'active', 'denied', 'unsubscribed'] as const;
export type WebSubState = (typeof WEBSUB_STATES)[number];

export interface WebSubSubscription {
  /** Stable id, part of the callback URL: the same source, hub and topic always give the same id. */
  id: string;
  sourceId: string;
  hubUrl: string;
  topicUrl: string;
  /** HMAC key for X-Hub-Signature; sent to the hub as hub.secret. */
  secret: string;
  state: WebSubState;
  /** What we last asked the hub for: a verification for the other mode is refused. */
  requestedMode: 'subscribe' | 'unsubscribe';
  /** Lease granted by the hub at verification (seconds). */
  leaseSeconds: number | null;
  requestedAt: string;
  verifiedAt: string | null;
  /** verifiedAt + leaseSeconds: renew before this. */
  expiresAt: string | null;
  lastDeliveryAt: string | null;
  deliveries: number;
  /** Why the hub refused or the last request failed. */
  lastError: string | null;
}

export interface WebSubRepository {
  /** Insert or replace by id. */
  save(subscription: WebSubSubscription): Promise<void>;
  get(id: string): Promise<WebSubSubscription | null>;
  /** Every subscription of a source (normally one), newest request first. */
  listBySource(sourceId: string): Promise<WebSubSubscription[]>;
  /** Active subscriptions whose lease ends at or before `before`, soonest first. */
  listExpiring(before: Date, limit: number): Promise<WebSubSubscription[]>;
}

/** The HTTP answer the callback route gives; transport-neutral so the route stays thin. */
export interface WebSubCallbackReply {
  status: number;
  /** Plain-text body (the hub.challenge on a successful verification). */
  body: string;
}

/** Query parameters of a hub's verification request (hub.mode, hub.topic, hub.challenge, …). */
export type WebSubVerificationQuery = Record<string, string | undefined>;

/** What the callback route hands over; implemented in @presswatch/stages (websub-stage.ts). */
export interface WebSubCallbacks {
  /** GET: the hub checks that we asked for this (un)subscription. */
  verify(subscriptionId: string, query: WebSubVerificationQuery): Promise<WebSubCallbackReply>;
  /** POST: content distribution; the signature is checked before anything is enqueued. */
  deliver(
    subscriptionId: string,
    delivery: { body: Buffer; signature: string | null; contentType: string | null },
  ): Promise<WebSubCallbackReply>;
}
