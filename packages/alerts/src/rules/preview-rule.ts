// Rule preview: what a rule would have matched over the last N days, read from the search index
// (query + the filters the index knows), then the rest of the rule's filters in memory — the
// same passesFilters the process stage uses. Each hit is also run through the in-memory matcher,
// and hits the two disagree on are reported (they should be none: both compile one AST).
import type {
  AlertRule,
  CompileMatcher,
  Item,
  QueryNode,
  SearchFilters,
  SearchIndex,
} from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { toMatchableDocument } from './matchable-document.ts';
import { passesFilters } from './rule-filters.ts';

export interface PreviewOptions {
  days: number;
  /** Matches returned at most. */
  limit: number;
  now: Date;
}

export interface RulePreview {
  items: Item[];
  /** Matches found (may exceed items.length). */
  matched: number;
  /** Search hits read; reading stops at PREVIEW_SCAN_LIMIT. */
  scanned: number;
  truncated: boolean;
  /** Ids the index matched but the in-memory matcher did not. */
  matcherDisagrees: string[];
  from: string;
  to: string;
}

export const PREVIEW_SCAN_LIMIT = 5000;
const PAGE = 100;

export async function previewRule(
  rule: AlertRule,
  deps: { search: SearchIndex; compileMatcher: CompileMatcher },
  options: PreviewOptions,
): Promise<RulePreview> {
  const parsed = parseQuery(rule.query);
  const matcher = parsed ? deps.compileMatcher(parsed) : null;
  const from = new Date(options.now.getTime() - options.days * 86_400_000).toISOString();
  const to = options.now.toISOString();
  const request = { query: withTopics(parsed, rule.filters.topics), filters: indexFilters(rule, from, to) };
  const result: RulePreview = {
    items: [],
    matched: 0,
    scanned: 0,
    truncated: false,
    matcherDisagrees: [],
    from,
    to,
  };
  let cursor: string | null = null;
  do {
    const page = await deps.search.search({ ...request, limit: PAGE, cursor, sort: 'time' });
    for (const { item } of page.hits) {
      result.scanned++;
      if (!passesFilters(rule, item)) continue;
      if (matcher && !matcher(toMatchableDocument(item)).matched) result.matcherDisagrees.push(item.id);
      result.matched++;
      if (result.items.length < options.limit) result.items.push(item);
    }
    cursor = page.nextCursor;
  } while (cursor && result.scanned < PREVIEW_SCAN_LIMIT);
  result.truncated = cursor !== null;
  return result;
}

/** The rule's topic filter as `topic:` terms, so the index narrows by topic too. */
function withTopics(query: QueryNode | null, topics: string[]): QueryNode | null {
  if (topics.length === 0) return query;
  const metas: QueryNode[] = topics.map((value) => ({ type: 'meta', field: 'topic', value }));
  const anyTopic: QueryNode = metas.length === 1 ? metas[0]! : { type: 'or', children: metas };
  return query ? { type: 'and', children: [query, anyTopic] } : anyTopic;
}

function indexFilters(rule: AlertRule, from: string, to: string): SearchFilters {
  const f = rule.filters;
  const filters: SearchFilters = { from, to };
  if (f.sourceIds.length) filters.sourceIds = f.sourceIds;
  if (f.languages.length) filters.languages = f.languages;
  if (f.countries.length) filters.countries = f.countries;
  if (f.domestic !== null) filters.domestic = f.domestic;
  return filters;
}
