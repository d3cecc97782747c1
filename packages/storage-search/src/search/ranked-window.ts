// Relevance beyond the exact bound ranks only the newest matches, as the SQLite adapter does (its
// ranked-page.ts): scoring every match of a large set costs too much — span queries (NEAR) cannot
// skip non-competitive matches, so ~200,000 of them at a million items were all scored. Where the
// newest RANKED_MATCHES start is read off the sample that estimates the counts (estimate.ts: the
// sort time of its matching share of them), so it costs no request of its own; asking the engine
// for the exact 2,000th newest match cost more than the rest of the search (a sorted queue of
// 2,000 per shard, merged). Up to the bound, every match is ranked, as before.
import type { Dsl } from '../query/text-query.ts';

/** How many of the newest matches relevance ranks beyond the bound (at most the bound itself). */
export const RANKED_MATCHES = 2_000;

export type WireTotal = { value: number; relation: string } | number | undefined;

/** Counted to the end (relation `eq`), not stopped at the bound (`gte`). */
export function isExact(total: WireTotal): boolean {
  return typeof total !== 'object' || total.relation === 'eq';
}

/** The matches of `query` at or after `time` (null: all of them), scored as by the query. */
export function newestMatches(query: Dsl, time: number | null): Dsl {
  if (time === null) return query;
  // `must` keeps the query's scores; the time bound only filters.
  return { bool: { must: [query], filter: [{ range: { sort_time: { gte: time } } }] } };
}
