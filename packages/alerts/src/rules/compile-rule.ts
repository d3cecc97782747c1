// A rule ready to run on many items: its query compiled once by the in-memory matcher, then the
// structured filters. A rule without a query (filters only) matches every item its filters pass.
import type { AlertRule, CompileMatcher, Item, MatchableDocument, QueryMatcher } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { passesFilters } from './rule-filters.ts';

export interface CompiledRule {
  rule: AlertRule;
  /** `document`: the analysed item, or a function that analyses it on first use. */
  matches(item: Item, document: MatchableDocument | (() => MatchableDocument)): boolean;
}

export function compileRule(rule: AlertRule, compileMatcher: CompileMatcher): CompiledRule {
  const query = parseQuery(rule.query);
  const matcher: QueryMatcher | null = query ? compileMatcher(query) : null;
  return {
    rule,
    // Filters first: they are cheap and usually narrow.
    matches: (item, document) =>
      passesFilters(rule, item) &&
      (matcher === null || matcher(typeof document === 'function' ? document() : document).matched),
  };
}
