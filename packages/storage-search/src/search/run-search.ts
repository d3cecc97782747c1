// One search over the read alias: match set = searchable items ∧ query ∧ filters; a page of it
// in the requested order via search_after; its total and facets; highlights drawn on the page's
// items by the same code as the SQLite adapter (so both adapters mark and escape alike).
//
// Counting is bounded as in the SQLite adapter: the page request counts matches only up to the
// bound (track_total_hits), which lets the engine stop early — a time sort ends each segment
// once it has its page (the indices are sorted by time), a relevance sort skips matches that
// cannot reach the page (block-max WAND). Beyond the bound, relevance ranks only the newest
// ~2,000 matches (ranked-window.ts), as the SQLite adapter does. Totals and facets are exact up
// to the bound (a second, size-0 request over the match set) and estimated from a sample beyond
// it (estimate.ts): flagged `totalIsEstimate`, each facet bucket `approximate`. The first sample
// is asked for alongside the page, since at scale most searches need it.
import type { FacetField, Item, SearchRequest, SearchResult } from '@presswatch/domain';
import { createHighlighter } from '@presswatch/query';
import type { EngineClient, SearchHitWire, SearchResponseWire } from '../client/engine-client.ts';
import { compileQuery } from '../query/compile-query.ts';
import type { Dsl } from '../query/text-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortValues } from './cursor.ts';
import { type Counts, estimateCounts, exactCounts, FIRST_SLOTS, sampleCounts, totalOf } from './estimate.ts';
import { matchSetQuery } from './filters.ts';
import { isExact, newestMatches, RANKED_MATCHES, type WireTotal } from './ranked-window.ts';

const BY_TIME = [{ sort_time: 'desc' }, { id: 'desc' }];
const BY_SCORE = [{ _score: 'desc' }, ...BY_TIME];

/** Match sets larger than this have estimated totals and facet counts (the SQLite adapter's bound). */
export const DEFAULT_EXACT_COUNT_BOUND = 10_000;

export interface SearchOptions {
  /** Exact totals and facets up to this many matches; estimated beyond. */
  exactCountBound?: number;
}

export async function runSearch(
  client: EngineClient,
  alias: string,
  request: SearchRequest,
  options: SearchOptions = {},
): Promise<SearchResult> {
  if (!Number.isInteger(request.limit) || request.limit < 1)
    throw new RangeError('limit must be a positive integer');
  const compiled = request.query ? compileQuery(request.query) : null;
  // Relevance needs text to score; without any, it falls back to time order.
  const byScore = request.sort === 'relevance' && (compiled?.texts.length ?? 0) > 0;
  const fingerprint = requestFingerprint(request);
  const after = request.cursor ? decodeCursor(request.cursor, fingerprint, byScore) : null;
  const bound = options.exactCountBound ?? DEFAULT_EXACT_COUNT_BOUND;
  const { response, counts } = await pageAndCounts({
    client,
    alias,
    query: matchSetQuery(compiled?.query ?? null, request.filters),
    facets: request.facets ?? [],
    bound,
    byScore,
    pageBody: (matches) => ({
      query: matches,
      sort: byScore ? BY_SCORE : BY_TIME,
      size: request.limit + 1,
      track_total_hits: bound,
      _source: ['item'],
      ...(after && { search_after: after }),
    }),
  });
  const rows = response.hits.hits;
  const page = rows.slice(0, request.limit);
  const highlighter =
    request.highlight && compiled && compiled.texts.length > 0 ? createHighlighter(compiled.texts) : null;
  const last = page.at(-1);
  return {
    hits: page.map((hit) => {
      const item = hit._source?.item as Item;
      return {
        item,
        score: byScore && typeof hit._score === 'number' && hit._score > 0 ? hit._score : null,
        highlights: highlighter ? highlighter(item) : null,
      };
    }),
    total: counts.total,
    totalIsEstimate: counts.estimated,
    nextCursor: rows.length > request.limit && last ? encodeCursor(fingerprint, sortValues(last)) : null,
    facets: counts.facets,
  };
}

interface SearchPlan {
  client: EngineClient;
  alias: string;
  /** The whole match set. */
  query: Dsl;
  facets: FacetField[];
  bound: number;
  byScore: boolean;
  /** The page request over `matches` (the match set, or by relevance maybe its newest part). */
  pageBody(matches: Dsl): Dsl;
}

/** The page's response and the counts: exact up to the bound, else estimated (estimate.ts). */
async function pageAndCounts(plan: SearchPlan): Promise<{ response: SearchResponseWire; counts: Counts }> {
  const { client, alias, query, facets, bound } = plan;
  // Relevance beyond the bound ranks the newest matches only; the sample says where they start.
  const ranked = plan.byScore ? Math.min(RANKED_MATCHES, bound) : 0;
  const firstSample = sampleCounts(client, alias, query, facets, FIRST_SLOTS, ranked);
  firstSample.catch(() => undefined); // awaited below only when the match set is large
  const counted = (total: WireTotal): Promise<Counts> =>
    !isExact(total)
      ? estimateCounts(client, alias, query, facets, bound, ranked, firstSample)
      : facets.length > 0
        ? exactCounts(client, alias, query, facets)
        : Promise.resolve({ total: totalOf(total), facets: {}, estimated: false, newestFrom: null });
  const page = (matches: Dsl, dfs: boolean) => client.search(alias, plan.pageBody(matches), { dfs });
  if (!plan.byScore) {
    const response = await page(query, false);
    return { response, counts: await counted(response.hits.total) };
  }
  const total = (await client.search(alias, { query, size: 0, track_total_hits: bound })).hits.total;
  if (isExact(total)) {
    // dfs: term statistics from every index first, so that scores compare across years.
    const [response, counts] = await Promise.all([page(query, true), counted(total)]);
    return { response, counts };
  }
  // The newest matches mostly lie in one year's index: no dfs round (about a quarter of the time).
  const counts = await counted(total);
  return { response: await page(newestMatches(query, counts.newestFrom), false), counts };
}

function sortValues(hit: SearchHitWire): SortValues {
  return (hit.sort ?? []) as SortValues;
}
