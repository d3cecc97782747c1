// An item as the query matcher sees it: title and text tokenised as the search index stores them
// (exact and folded forms), plus the meta fields `source:`, `lang:`, `country:` and `topic:`.
import type { Item, MatchableDocument } from '@presswatch/domain';
import { analyseDocument } from '@presswatch/query';

export function toMatchableDocument(item: Item): MatchableDocument {
  return analyseDocument({
    title: item.title,
    text: item.text,
    sourceId: item.sourceId,
    sourceName: item.sourceName,
    language: item.language,
    country: item.country,
    topics: item.topics.map((t) => t.topic),
  });
}
