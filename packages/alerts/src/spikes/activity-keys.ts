// What an item counts under for spike detection: each of its topics × domestic/foreign, and
// each rule it matched. The key names are stored, so they are part of the data format.
import type { Item } from '@presswatch/domain';

const TOPIC = 'topic:';
const RULE = 'rule:';

export function topicKey(topic: string, domestic: boolean): string {
  return `${TOPIC}${topic}|${domestic ? 'domestic' : 'foreign'}`;
}

export function ruleKey(ruleId: string): string {
  return `${RULE}${ruleId}`;
}

export type ParsedKey =
  | { scope: 'topic'; topic: string; domestic: boolean }
  | { scope: 'rule'; ruleId: string }
  | null;

export function parseActivityKey(key: string): ParsedKey {
  if (key.startsWith(RULE)) return { scope: 'rule', ruleId: key.slice(RULE.length) };
  if (!key.startsWith(TOPIC)) return null;
  const bar = key.lastIndexOf('|');
  if (bar < 0) return null;
  const side = key.slice(bar + 1);
  if (side !== 'domestic' && side !== 'foreign') return null;
  return { scope: 'topic', topic: key.slice(TOPIC.length, bar), domestic: side === 'domestic' };
}

export function activityKeys(item: Item, matchedRuleIds: string[]): string[] {
  return [...item.topics.map((t) => topicKey(t.topic, item.domestic)), ...matchedRuleIds.map(ruleKey)];
}

const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * When an item counts: its publication time, so a new source's backlog lands in the past instead
 * of looking like a spike now; the fetch time when the date is missing or in the future.
 */
export function activityTime(item: Item): string {
  const fetched = Date.parse(item.fetchedAt);
  const published = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN;
  if (Number.isNaN(published)) return item.fetchedAt;
  if (published > fetched + CLOCK_SKEW_MS) return item.fetchedAt;
  return new Date(published).toISOString();
}
