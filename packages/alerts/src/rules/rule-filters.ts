// The structured part of a rule: filters on topic, source, country, language, domestic/foreign,
// relevance and tone, and the minimum topic score. Applied after the query matched (preview
// applies them to search hits the same way, so both paths agree).
import type { AlertRule, Item } from '@presswatch/domain';

export function passesFilters(rule: Pick<AlertRule, 'filters' | 'minScore'>, item: Item): boolean {
  const f = rule.filters;
  const within = (list: string[], value: string | null) =>
    list.length === 0 || (value !== null && list.includes(value));
  if (!within(f.sourceIds, item.sourceId)) return false;
  if (!within(f.countries, item.country)) return false;
  if (!within(f.languages, item.language)) return false;
  if (f.domestic !== null && item.domestic !== f.domestic) return false;
  if (f.minRelevance !== null && (item.relevance ?? 0) < f.minRelevance) return false;
  if (f.minTone !== null && (item.tone === null || item.tone < f.minTone)) return false;
  if (f.maxTone !== null && (item.tone === null || item.tone > f.maxTone)) return false;
  return passesTopics(f.topics, rule.minScore, item);
}

/** Some topic of the rule (any topic without a topic filter) is present, scoring at least minScore. */
function passesTopics(topics: string[], minScore: number | null, item: Item): boolean {
  if (topics.length === 0 && minScore === null) return true;
  const relevant = topics.length === 0 ? item.topics : item.topics.filter((t) => topics.includes(t.topic));
  return relevant.some((t) => minScore === null || t.score >= minScore);
}
