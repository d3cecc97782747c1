// What happens to a new item after it is stored: evaluate the enabled rules, count the item for
// spike detection, open or extend alerts, and fan the events out to webhook subscriptions.
// Every step is idempotent, so a process job that is retried (or an item processed again) opens
// no second alert and sends no second message.
//
//   onItem(item) → matching rules → count activity → recordMatch per rule → notify
import type {
  ActivityCounter,
  AlertRepository,
  Item,
  MatchableDocument,
  MatchOutcome,
} from '@presswatch/domain';
import type { AlertsLogger } from './logger.ts';
import { toMatchableDocument } from './rules/matchable-document.ts';
import type { RuleSet } from './rules/rule-set.ts';
import { activityKeys, activityTime } from './spikes/activity-keys.ts';
import type { FanOut } from './webhooks/fan-out.ts';

export interface ItemAlertingDeps {
  ruleSet: RuleSet;
  alerts: AlertRepository;
  activity: ActivityCounter;
  fanOut: FanOut;
  logger: AlertsLogger;
  now?: () => Date;
}

/** Sizes at which a growing cluster's alert is sent again ("story spreading: 10 items"), not at every item. */
export const GROWTH_STEPS: readonly number[] = [3, 10, 25, 50, 100, 250, 500, 1000];

export function createItemAlerting(deps: ItemAlertingDeps): (item: Item) => Promise<void> {
  const now = deps.now ?? (() => new Date());

  return async function onItem(item: Item): Promise<void> {
    const rules = await deps.ruleSet.current();
    // Analysed once, and only when some rule's filters let the item through to its query.
    let document: MatchableDocument | null = null;
    const analysed = () => {
      document ??= toMatchableDocument(item);
      return document;
    };
    const matched = rules.filter((compiled) => compiled.matches(item, analysed));
    await deps.activity.record(
      item.id,
      activityKeys(
        item,
        matched.map((m) => m.rule.id),
      ),
      activityTime(item),
    );
    for (const { rule } of matched) {
      const result = await deps.alerts.recordMatch({
        ruleId: rule.id,
        onePerCluster: rule.onePerCluster,
        item: { id: item.id, clusterId: item.clusterId, topics: item.topics.map((t) => t.topic) },
        at: now().toISOString(),
      });
      const event = eventOf(result, item.id);
      if (event) await deps.fanOut.notify(result.alert, event, [item.id], rule, result.at);
      if (!result.repeated) {
        const log = { ruleId: rule.id, alertId: result.alert.id, itemId: item.id, outcome: result.outcome };
        if (result.outcome === 'opened') deps.logger.info(log, 'alert opened');
        else deps.logger.debug(log, 'alert extended');
      }
    }
  };
}

/** Opening is always sent; growth only at GROWTH_STEPS (the item's position in the alert decides, so a replay agrees). */
function eventOf(result: MatchOutcome, itemId: string): 'opened' | 'grown' | null {
  if (result.outcome === 'opened') return 'opened';
  const size = result.alert.itemIds.indexOf(itemId) + 1;
  return GROWTH_STEPS.includes(size) ? 'grown' : null;
}
