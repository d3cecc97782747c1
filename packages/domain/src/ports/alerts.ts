// Alerting records and their repositories: alert rules, alerts with their lifecycle, webhook
// subscriptions and the delivery log, daily digest subscriptions and their send log, and the
// activity counts spike detection reads. The SQLite adapter implements them in the embedded mode.
import { hashId } from '../ids.ts';

/** Which items a rule looks at besides its query. An empty list or null means "no restriction". */
export interface RuleFilters {
  /** Any of these topics. */
  topics: string[];
  sourceIds: string[];
  /** ISO 3166-1 alpha-2, lower case. */
  countries: string[];
  languages: string[];
  /** true: domestic outlets only; false: foreign only. */
  domestic: boolean | null;
  /** Province relevance 0..1, at least. */
  minRelevance: number | null;
  /** Tone −1..1 within [minTone, maxTone]; e.g. maxTone −0.2 keeps critical items only. */
  minTone: number | null;
  maxTone: number | null;
}

/** Local times "HH:MM" in `timeZone`; a window that crosses midnight (22:00–06:00) is fine. */
export interface QuietHours {
  start: string;
  end: string;
  /** IANA zone; the rule owner's time zone when the rule was written. */
  timeZone: string;
}

export interface AlertRule {
  id: string;
  name: string;
  /** The user who owns the rule; null when written by an integration token. */
  ownerId: string | null;
  /** In the query language. */
  query: string;
  filters: RuleFilters;
  /**
   * Minimum topic score 0..1: one of the rule's topics (or, without a topic filter, any topic) must
   * score at least this.
   */
  minScore: number | null;
  /** One alert per story cluster: later items of the cluster join the cluster's open alert. */
  onePerCluster: boolean;
  /** Alerts are still recorded in quiet hours; their webhook deliveries wait until the end. */
  quietHours: QuietHours | null;
  /** Webhook subscription ids that receive this rule's alerts. */
  channels: string[];
  /** Also raise spike alerts when this rule's matches per hour or day jump. */
  spikeAlerts: boolean;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RuleRepository {
  /** Insert or replace. */
  save(rule: AlertRule): Promise<void>;
  get(id: string): Promise<AlertRule | null>;
  /** Every rule, oldest first. */
  list(): Promise<AlertRule[]>;
  /** False when there was no such rule. */
  delete(id: string): Promise<boolean>;
  /** Changes with every save or delete: a cheap check for caches of compiled rules. */
  version(): Promise<number>;
}

export const ALERT_STATUSES = ['new', 'acknowledged', 'assigned', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export type AlertKind = 'match' | 'spike';

export type SpikeWindow = 'hour' | 'day';

/** What a spike alert measured. */
export interface SpikeDetails {
  scope: 'topic' | 'rule';
  /** The topic (scope topic) or null. */
  topic: string | null;
  /** Domestic or foreign outlets (scope topic); null for rules. */
  domestic: boolean | null;
  window: SpikeWindow;
  windowStart: string;
  windowEnd: string;
  count: number;
  /** Mean count of the baseline windows (previous 12 hours or 14 days). */
  baselineMean: number;
  /** One-sided Poisson tail probability of seeing `count` or more. */
  pValue: number;
  zScore: number;
}

export interface AlertNote {
  at: string;
  /** "user:<id>", "token:<id>" or "system". */
  author: string;
  text: string;
}

export interface Alert {
  /** Deterministic: from the rule and the first item (or the spike's key and window). */
  id: string;
  kind: AlertKind;
  /** Null for topic spikes. */
  ruleId: string | null;
  clusterId: string | null;
  /** Matching items, first first. */
  itemIds: string[];
  /** Topics of the matching items (or the spike's topic). */
  topics: string[];
  spike: SpikeDetails | null;
  status: AlertStatus;
  assigneeId: string | null;
  notes: AlertNote[];
  createdAt: string;
  updatedAt: string;
  /** When the last item joined. */
  lastMatchAt: string;
  resolvedAt: string | null;
}

/** Id of a match alert: the rule and the item that opened it, so a replay finds the same alert. */
export function matchAlertId(ruleId: string, itemId: string): string {
  return `al_${hashId(`match|${ruleId}|${itemId}`)}`;
}

/** Id of a spike alert: one per counted key (topic × domestic/foreign, or rule), window kind and slot. */
export function spikeAlertId(key: string, window: SpikeWindow, slot: string): string {
  return `sp_${hashId(`spike|${key}|${window}|${slot}`)}`;
}

export interface MatchInput {
  ruleId: string;
  onePerCluster: boolean;
  item: { id: string; clusterId: string | null; topics: string[] };
  at: string;
}

/**
 * opened: a new alert; extended: the item joined the cluster's open alert; in both, `repeated`
 * tells that this rule and item were recorded before (a re-processed item), with the first outcome.
 */
export interface MatchOutcome {
  outcome: 'opened' | 'extended';
  repeated: boolean;
  alert: Alert;
  /** When this rule and item were first recorded (the event's time, also for a repeat). */
  at: string;
}

export interface AlertQuery {
  status?: AlertStatus[];
  ruleId?: string;
  topic?: string;
  kind?: AlertKind;
  assigneeId?: string;
  limit: number;
  /** Opaque, from a previous page's nextCursor. */
  cursor?: string | null;
}

export interface AlertRepository {
  /** Opens an alert or adds the item to the open alert of its cluster; idempotent per rule and item. */
  recordMatch(input: MatchInput): Promise<MatchOutcome>;
  /** Inserts a spike alert unless one with its id exists; `created` false then. */
  recordSpike(alert: Alert): Promise<{ created: boolean; alert: Alert }>;
  get(id: string): Promise<Alert | null>;
  /** Newest first. */
  list(query: AlertQuery): Promise<{ alerts: Alert[]; nextCursor: string | null }>;
  /**
   * Read-modify-write of one alert in one step (lifecycle changes); `change` must be synchronous
   * and may throw to abort. Throws NotFoundError when there is no such alert.
   */
  mutate(id: string, change: (alert: Alert) => Alert): Promise<Alert>;
}

export const WEBHOOK_FORMATS = ['json', 'slack', 'telegram'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export interface WebhookSubscription {
  id: string;
  name: string;
  /** Where to POST. Chat webhook URLs carry credentials: never logged, shown masked. */
  url: string;
  format: WebhookFormat;
  /** HMAC key of X-PressWatch-Signature; shown once at creation. */
  secret: string;
  /** Telegram Bot API: the chat to post into. */
  telegramChatId: string | null;
  /** Also receives alerts (matches and spikes) about any of these topics. */
  topics: string[];
  /** Messages per minute at most; alerts arriving meanwhile are batched into one message. */
  ratePerMinute: number;
  /** Language of chat messages (the JSON format's field names are always English). */
  locale: 'vi' | 'en';
  enabled: boolean;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookRepository {
  /** Insert or replace. */
  save(subscription: WebhookSubscription): Promise<void>;
  get(id: string): Promise<WebhookSubscription | null>;
  list(): Promise<WebhookSubscription[]>;
  delete(id: string): Promise<boolean>;
  /**
   * Rate limit: takes the subscription's next send slot when it is due (returns 0 and moves the
   * slot `intervalMs` on), else returns the milliseconds until it is.
   */
  takeSendSlot(id: string, now: Date, intervalMs: number): Promise<number>;
}

export type DeliveryEvent = 'opened' | 'grown' | 'spike' | 'test';

/** One alert event in a delivery (a message may batch several). */
export interface DeliveryEntry {
  /** Null for a test message. */
  alertId: string | null;
  event: DeliveryEvent;
  /** The items that caused the event. */
  itemIds: string[];
  at: string;
}

export interface DeliveryAttempt {
  at: string;
  /** HTTP status, null when no answer came. */
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** open: still collecting entries; sending: sealed, being sent or retried; then delivered or failed. */
export const DELIVERY_STATUSES = ['open', 'sending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface Delivery {
  id: string;
  subscriptionId: string;
  status: DeliveryStatus;
  entries: DeliveryEntry[];
  /** Held by a rule's quiet hours until then. */
  heldUntil: string | null;
  createdAt: string;
  sealedAt: string | null;
  /** The exact body sent (fixed when sealed, so retries and redeliveries send the same bytes). */
  body: string | null;
  contentType: string | null;
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** Manual redelivery: the delivery this one repeats. */
  redeliveryOf: string | null;
}

export interface AddEntryInput {
  subscriptionId: string;
  heldUntil: string | null;
  entry: DeliveryEntry;
  /** Idempotency: an entry key seen before for this subscription is not added again. */
  entryKey: string;
  /** Id for the delivery if a new one is opened. */
  newDeliveryId: string;
  /** An open delivery holding this many entries is full: the entry opens another. */
  maxEntries: number;
  now: string;
}

export interface DeliveryRepository {
  /**
   * Adds the entry to the subscription's open delivery with the same hold time, or opens one.
   * `delivery` null: the entry key was recorded before (nothing added).
   */
  addEntry(input: AddEntryInput): Promise<{ delivery: Delivery | null; created: boolean }>;
  /** Inserts a delivery as given (redelivery, test message). */
  insert(delivery: Delivery): Promise<void>;
  get(id: string): Promise<Delivery | null>;
  /** open → sending with the body fixed; null when it was not open. */
  seal(id: string, body: { body: string; contentType: string }, now: string): Promise<Delivery | null>;
  /** Appends an attempt and sets the status after it. */
  recordAttempt(
    id: string,
    attempt: DeliveryAttempt,
    next: { status: DeliveryStatus; nextAttemptAt: string | null },
  ): Promise<Delivery>;
  /** Newest first. */
  list(query: {
    subscriptionId?: string;
    status?: DeliveryStatus;
    limit: number;
    cursor?: string | null;
  }): Promise<{ deliveries: Delivery[]; nextCursor: string | null }>;
}

export const DIGEST_AUDIENCES = ['all', 'domestic', 'foreign'] as const;
export type DigestAudience = (typeof DIGEST_AUDIENCES)[number];

export interface DigestSubscription {
  id: string;
  userId: string;
  /** Where to send; null: the user's own address. */
  email: string | null;
  /** Empty: every topic. */
  topics: string[];
  audience: DigestAudience;
  minRelevance: number | null;
  /** Local "HH:MM" in `timeZone`. */
  sendAt: string;
  /** IANA zone, default Asia/Ho_Chi_Minh. */
  timeZone: string;
  locale: 'vi' | 'en';
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DigestSend {
  subscriptionId: string;
  /** The local day the digest covers, YYYY-MM-DD. */
  day: string;
  status: 'sent' | 'failed';
  at: string;
  messageId: string | null;
  itemCount: number;
  error: string | null;
}

export interface DigestRepository {
  save(subscription: DigestSubscription): Promise<void>;
  get(id: string): Promise<DigestSubscription | null>;
  list(query?: { userId?: string }): Promise<DigestSubscription[]>;
  delete(id: string): Promise<boolean>;
  /** The send of a subscription for a day, if any. */
  getSend(subscriptionId: string, day: string): Promise<DigestSend | null>;
  /** Records a send; a "sent" record is never replaced (sending is idempotent per subscriber and day). */
  recordSend(send: DigestSend): Promise<void>;
  /** Sends newest first. */
  listSends(subscriptionId: string, limit: number): Promise<DigestSend[]>;
}

/** Item counts over time under keys such as "topic:border|domestic" or "rule:<id>", for spikes. */
export interface ActivityCounter {
  /** Counts the item once under each key at `at` (a repeat for the same item and key is a no-op). */
  record(itemId: string, keys: string[], at: string): Promise<void>;
  /** Per key, the counts in consecutive buckets of `bucketMs` from `from` (inclusive) to `to`. */
  counts(keys: string[], from: Date, to: Date, bucketMs: number): Promise<Map<string, number[]>>;
  /** Keys with at least one count in [from, to). */
  keys(from: Date, to: Date): Promise<string[]>;
  /** Forgets counts before `before`; returns how many were dropped. */
  prune(before: Date): Promise<number>;
}

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable Message-ID, so a resend after a crash can be recognised as the same message. */
  messageId: string;
}

/** Sends email (the SMTP adapter uses nodemailer). */
export interface MailSender {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The delivery a first entry opens for a subscription (every store adapter opens the same). */
export function openedDelivery(input: AddEntryInput): Delivery {
  return {
    id: input.newDeliveryId,
    subscriptionId: input.subscriptionId,
    status: 'open',
    entries: [input.entry],
    heldUntil: input.heldUntil,
    createdAt: input.now,
    sealedAt: null,
    body: null,
    contentType: null,
    attempts: [],
    nextAttemptAt: null,
    deliveredAt: null,
    redeliveryOf: null,
  };
}

/** The match alert a rule opens for an item (every store adapter records the same alert). */
export function openedMatchAlert(input: MatchInput, clusterId: string | null): Alert {
  return {
    id: matchAlertId(input.ruleId, input.item.id),
    kind: 'match',
    ruleId: input.ruleId,
    clusterId,
    itemIds: [input.item.id],
    topics: [...new Set(input.item.topics)],
    spike: null,
    status: 'new',
    assigneeId: null,
    notes: [],
    createdAt: input.at,
    updatedAt: input.at,
    lastMatchAt: input.at,
    resolvedAt: null,
  };
}

/** An open alert with one more matching item of its cluster. */
export function extendedMatchAlert(alert: Alert, input: MatchInput): Alert {
  return {
    ...alert,
    itemIds: [...alert.itemIds, input.item.id],
    topics: [...new Set([...alert.topics, ...input.item.topics])],
    updatedAt: input.at,
    lastMatchAt: input.at,
  };
}
