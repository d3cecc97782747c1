// What one webhook message says, independent of its format: the delivery's alert events, each
// with its rule, spike figures and items (title, url, source, country, language, topics,
// relevance, tone, summary), the cluster size and links back to the UI. Built from the stores
// when a delivery is sealed (payloads carry ids; state is re-read).
import type {
  Alert,
  AlertRepository,
  Delivery,
  DeliveryEntry,
  DeliveryEvent,
  Item,
  ItemStore,
  RuleRepository,
  SpikeDetails,
} from '@presswatch/domain';
import type { UiLinks } from '../links.ts';

export interface MessageItem {
  id: string;
  title: string;
  url: string;
  source: string;
  sourceId: string;
  country: string | null;
  language: string | null;
  domestic: boolean;
  topics: string[];
  relevance: number | null;
  tone: number | null;
  summary: string | null;
  publishedAt: string | null;
  link: string;
}

export interface MessageAlert {
  event: DeliveryEvent;
  alert: { id: string; kind: Alert['kind']; status: Alert['status']; createdAt: string; link: string } | null;
  rule: { id: string; name: string } | null;
  spike: SpikeDetails | null;
  /** Items in the alert so far (the story cluster's matching items). */
  clusterSize: number;
  items: MessageItem[];
  /** Where the UI shows this event (the alert, or the spike's search). */
  link: string;
}

export interface AlertMessage {
  deliveryId: string;
  createdAt: string;
  alerts: MessageAlert[];
}

export interface MessageSources {
  alerts: AlertRepository;
  rules: RuleRepository;
  items: ItemStore;
  links: UiLinks;
}

const ITEMS_PER_ALERT = 5;

export async function buildAlertMessage(delivery: Delivery, sources: MessageSources): Promise<AlertMessage> {
  const alerts: MessageAlert[] = [];
  for (const entry of delivery.entries) alerts.push(await buildEntry(entry, sources));
  return { deliveryId: delivery.id, createdAt: delivery.createdAt, alerts };
}

async function buildEntry(entry: DeliveryEntry, sources: MessageSources): Promise<MessageAlert> {
  const alert = entry.alertId ? await sources.alerts.get(entry.alertId) : null;
  const rule = alert?.ruleId ? await sources.rules.get(alert.ruleId) : null;
  const items: MessageItem[] = [];
  for (const id of entry.itemIds.slice(0, ITEMS_PER_ALERT)) {
    const item = await sources.items.get(id);
    if (item) items.push(toMessageItem(item, sources.links));
  }
  return {
    event: entry.event,
    alert: alert
      ? {
          id: alert.id,
          kind: alert.kind,
          status: alert.status,
          createdAt: alert.createdAt,
          link: sources.links.alert(alert.id),
        }
      : null,
    rule: rule ? { id: rule.id, name: rule.name } : null,
    spike: alert?.spike ?? null,
    clusterSize: alert?.itemIds.length ?? items.length,
    items,
    link: eventLink(alert, sources.links),
  };
}

function eventLink(alert: Alert | null, links: UiLinks): string {
  if (!alert) return links.home();
  if (alert.spike?.topic) {
    const range = { from: alert.spike.windowStart, to: alert.spike.windowEnd };
    return links.search(`topic:${alert.spike.topic}`, range);
  }
  return links.alert(alert.id);
}

export function toMessageItem(item: Item, links: UiLinks): MessageItem {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    source: item.sourceName,
    sourceId: item.sourceId,
    country: item.country,
    language: item.language,
    domestic: item.domestic,
    topics: item.topics.map((t) => t.topic),
    relevance: item.relevance,
    tone: item.tone,
    summary: item.summary,
    publishedAt: item.publishedAt,
    link: links.item(item.id),
  };
}
