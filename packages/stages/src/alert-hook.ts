// The process stage's last step for a stored item: evaluate the alert rules against it, count it
// for spike detection, open or extend alerts and enqueue webhook deliveries. Call it after the
// item is stored and indexed; let its errors fail the process job (everything in it is
// idempotent, so the retry opens no second alert and sends no second message).
import { type AlertsLogger, createFanOut, createItemAlerting, createRuleSet } from '@presswatch/alerts';
import type {
  ActivityCounter,
  AlertRepository,
  CompileMatcher,
  DeliverPayload,
  DeliveryRepository,
  Item,
  JobQueue,
  RuleRepository,
  WebhookRepository,
} from '@presswatch/domain';
import { compileMatcher } from '@presswatch/query';

export interface AlertHookDeps {
  rules: RuleRepository;
  alerts: AlertRepository;
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  activity: ActivityCounter;
  /** queues.queue(deliverQueue) */
  deliverQueue: JobQueue<DeliverPayload>;
  /** The in-memory query matcher; default @presswatch/query's compileMatcher. */
  compileMatcher?: CompileMatcher;
  /** config.notifier: how long a message waits for more alerts, and how many it holds. */
  settings: { batchWindowMs: number; maxAlertsPerMessage: number };
  logger: AlertsLogger;
  now?: () => Date;
}

export function createAlertHook(deps: AlertHookDeps): (item: Item) => Promise<void> {
  const fanOut = createFanOut({
    webhooks: deps.webhooks,
    deliveries: deps.deliveries,
    deliverQueue: deps.deliverQueue,
    settings: deps.settings,
    now: deps.now,
  });
  const ruleSet = createRuleSet({
    rules: deps.rules,
    compileMatcher: deps.compileMatcher ?? compileMatcher,
    logger: deps.logger,
  });
  return createItemAlerting({
    ruleSet,
    alerts: deps.alerts,
    activity: deps.activity,
    fanOut,
    logger: deps.logger,
    now: deps.now,
  });
}
