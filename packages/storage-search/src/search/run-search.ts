// One search over the read alias: match set = searchable items ∧ query ∧ filters; a page of it
// in the requested order via search_after; its total (track_total_hits) and facets
// (aggregations) over all of it; highlights drawn on the page's items by the same code as the
// SQLite adapter (so both adapters mark and escape alike).
import type { Item, SearchRequest, SearchResult } from '@presswatch/domain';
import { createHighlighter } from '@presswatch/storage-sqlite';
import type { EngineClient, SearchHitWire } from '../client/engine-client.ts';
import { compileQuery } from '../query/compile-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortValues } from './cursor.ts';
import { facetAggregations, readFacets } from './facets.ts';
import { matchSetQuery } from './filters.ts';

const BY_TIME = [{ sort_time: 'desc' }, { id: 'desc' }];
const BY_SCORE = [{ _score: 'desc' }, ...BY_TIME];

export async function runSearch(
  client: EngineClient,
  alias: string,
  request: SearchRequest,
): Promise<SearchResult> {
  if (!Number.isInteger(request.limit) || request.limit < 1)
    throw new RangeError('limit must be a positive integer');
  const compiled = request.query ? compileQuery(request.query) : null;
  // Relevance needs text to score; without any, it falls back to time order.
  const byScore = request.sort === 'relevance' && (compiled?.texts.length ?? 0) > 0;
  const fingerprint = requestFingerprint(request);
  const after = request.cursor ? decodeCursor(request.cursor, fingerprint, byScore) : null;
  const facets = request.facets ?? [];

  const response = await client.search(
    alias,
    {
      query: matchSetQuery(compiled?.query ?? null, request.filters),
      sort: byScore ? BY_SCORE : BY_TIME,
      size: request.limit + 1,
      track_total_hits: true,
      _source: ['item'],
      ...(after && { search_after: after }),
      ...(facets.length > 0 && { aggs: facetAggregations(facets) }),
    },
    { dfs: byScore },
  );
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
    total: totalOf(response.hits.total),
    totalIsEstimate: false,
    nextCursor: rows.length > request.limit && last ? encodeCursor(fingerprint, sortValues(last)) : null,
    facets: readFacets(facets, response.aggregations),
  };
}

function totalOf(total: { value: number } | number | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}

function sortValues(hit: SearchHitWire): SortValues {
  return (hit.sort ?? []) as SortValues;
}
