// Composes a subscriber's digest for one local day from the search index: the day's items in the
// subscriber's topics and audience, above the minimum relevance, grouped by topic and story.
import type { DigestSubscription, Item, QueryNode, SearchFilters, SearchIndex } from '@presswatch/domain';
import type { UiLinks } from '../links.ts';
import { localDayRange } from '../time/zoned-time.ts';
import type { Digest, DigestItem, DigestStory, DigestTopic } from './digest-model.ts';

/** A digest reads at most this many items (newest first); beyond, it says it is truncated. */
export const DIGEST_MAX_ITEMS = 3000;
const PAGE = 100;
const STORIES_PER_TOPIC = 5;
const TOP_OUTLETS = 5;
const NEGATIVE_ITEMS = 5;
/** Tone at or below this is "critical" (tone runs −1..1). */
export const NEGATIVE_TONE = -0.3;

export async function composeDigest(
  subscription: DigestSubscription,
  day: string,
  deps: { search: SearchIndex; links: UiLinks },
): Promise<Digest> {
  const { items, truncated } = await readDay(subscription, day, deps.search);
  const wanted = items.filter((item) => (item.relevance ?? 0) >= (subscription.minRelevance ?? 0));
  const range = localDayRange(day, subscription.timeZone);
  const searchRange = { from: range.from.toISOString(), to: range.to.toISOString() };
  const toDigestItem = (item: Item) => digestItem(item, deps.links);
  return {
    subscriptionId: subscription.id,
    day,
    timeZone: subscription.timeZone,
    locale: subscription.locale,
    total: wanted.length,
    domestic: wanted.filter((i) => i.domestic).length,
    foreign: wanted.filter((i) => !i.domestic).length,
    topics: groupByTopic(wanted, subscription.topics).map(([topic, list]) => ({
      ...topicSummary(topic, list, toDigestItem),
      link: deps.links.search(topic ? `topic:${topic}` : '', searchRange),
    })),
    topOutlets: topOutlets(wanted),
    negative: wanted
      .filter((i) => i.tone !== null && i.tone <= NEGATIVE_TONE)
      .sort((a, b) => a.tone! - b.tone! || (b.relevance ?? 0) - (a.relevance ?? 0))
      .slice(0, NEGATIVE_ITEMS)
      .map(toDigestItem),
    truncated,
    link: deps.links.search(topicQueryText(subscription.topics), searchRange),
  };
}

async function readDay(subscription: DigestSubscription, day: string, search: SearchIndex) {
  const range = localDayRange(day, subscription.timeZone);
  const filters: SearchFilters = {
    from: range.from.toISOString(),
    // The filter is inclusive; the day is [from, to).
    to: new Date(range.to.getTime() - 1).toISOString(),
  };
  if (subscription.audience !== 'all') filters.domestic = subscription.audience === 'domestic';
  const query = topicQuery(subscription.topics);
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = await search.search({ query, filters, limit: PAGE, cursor, sort: 'time' });
    items.push(...page.hits.map((hit) => hit.item));
    cursor = page.nextCursor;
  } while (cursor && items.length < DIGEST_MAX_ITEMS);
  return { items: items.slice(0, DIGEST_MAX_ITEMS), truncated: cursor !== null };
}

function topicQuery(topics: string[]): QueryNode | null {
  const nodes: QueryNode[] = topics.map((value) => ({ type: 'meta', field: 'topic', value }));
  if (nodes.length <= 1) return nodes[0] ?? null;
  return { type: 'or', children: nodes };
}

function topicQueryText(topics: string[]): string {
  return topics.map((t) => `topic:${t}`).join(' OR ');
}

/** [topic, items] by count; a subscription with topics lists only those, else every topic and "other". */
function groupByTopic(items: Item[], only: string[]): [string | null, Item[]][] {
  const groups = new Map<string | null, Item[]>();
  for (const topic of only) groups.set(topic, []);
  for (const item of items) {
    const topics = item.topics.map((t) => t.topic).filter((t) => only.length === 0 || only.includes(t));
    for (const topic of topics.length ? topics : only.length ? [] : [null]) {
      push(groups, topic, item);
    }
  }
  // "Other" (no topic) last; otherwise the busiest topic first.
  return [...groups].sort(
    ([ta, a], [tb, b]) => Number(ta === null) - Number(tb === null) || b.length - a.length,
  );
}

function topicSummary(
  topic: string | null,
  items: Item[],
  toItem: (item: Item) => DigestItem,
): Omit<DigestTopic, 'link'> {
  const stories = [...groupStories(items).values()]
    .map((list) => story(list, toItem))
    .sort((a, b) => b.size - a.size || (b.headline.relevance ?? 0) - (a.headline.relevance ?? 0));
  return {
    topic,
    count: items.length,
    domestic: items.filter((i) => i.domestic).length,
    foreign: items.filter((i) => !i.domestic).length,
    stories: stories.slice(0, STORIES_PER_TOPIC),
    moreStories: Math.max(0, stories.length - STORIES_PER_TOPIC),
  };
}

function groupStories(items: Item[]): Map<string, Item[]> {
  const stories = new Map<string, Item[]>();
  for (const item of items) {
    const key = item.clusterId ?? `item:${item.id}`;
    push(stories, key, item);
  }
  return stories;
}

function push<K>(map: Map<K, Item[]>, key: K, item: Item): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function story(items: Item[], toItem: (item: Item) => DigestItem): DigestStory {
  const headline = [...items].sort((a, b) => (b.relevance ?? 0) - (a.relevance ?? 0))[0]!;
  return {
    clusterId: headline.clusterId,
    headline: toItem(headline),
    size: items.length,
    outlets: new Set(items.map((i) => i.sourceId)).size,
    domestic: items.filter((i) => i.domestic).length,
    foreign: items.filter((i) => !i.domestic).length,
  };
}

function topOutlets(items: Item[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.sourceName, (counts.get(item.sourceName) ?? 0) + 1);
  return [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
    .slice(0, TOP_OUTLETS);
}

function digestItem(item: Item, links: UiLinks): DigestItem {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    source: item.sourceName,
    country: item.country,
    domestic: item.domestic,
    tone: item.tone,
    relevance: item.relevance,
    publishedAt: item.publishedAt,
    link: links.item(item.id),
  };
}
