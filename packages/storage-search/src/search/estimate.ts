// Totals and facet counts of a match set larger than the exact bound, estimated as the SQLite
// adapter estimates them (its sampled-counts.ts): counted on a deterministic sample and scaled up
// by the sampled share. The sample is the items whose `sample` slot (items/sample-slot.ts, a hash
// of the id) is below k: a points range the engine intersects with the query cheaply, the same
// items on every search, spread over every date and source. It starts at FIRST_SLOTS of
// SAMPLE_SLOTS (about 3 %: 10,000 matches give ~300 sampled, 330,000 give ~10,000) and grows
// fourfold while it holds fewer than MIN_SAMPLE matches (at all slots it is the whole set: exact).
//
// For relevance the sample also says where the newest `ranked` matches start (ranked-window.ts):
// the sort time of its (ranked × share)-th newest match.
import type { FacetBucket, FacetField } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { SAMPLE_SLOTS } from '../items/sample-slot.ts';
import type { Dsl } from '../query/text-query.ts';
import { facetAggregations, readFacets } from './facets.ts';

export const FIRST_SLOTS = 32;
/** Sampled matches enough for an estimate (±5 % for the total); never more than the exact bound. */
const MIN_SAMPLE = 500;

export interface Counts {
  total: number;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
  /** The counts are scaled up from a sample (false: the sample was the whole match set). */
  estimated: boolean;
  /** About `ranked` matches have this sort time or a later one (null: not asked, or fewer matches). */
  newestFrom: number | null;
}

/** The match set restricted to the sample of the first `slots` slots. */
function inSample(query: Dsl, slots: number): Dsl {
  return { bool: { filter: [query, { range: { sample: { lt: slots } } }] } };
}

/**
 * Total and facets over the whole match set (a size-0 search); with `newest` > 0, also the sort
 * time of its newest-th newest match.
 */
export async function exactCounts(
  client: EngineClient,
  alias: string,
  query: Dsl,
  fields: readonly FacetField[],
  newest = 0,
): Promise<Counts> {
  const response = await client.search(alias, {
    query,
    track_total_hits: true,
    ...(fields.length > 0 && { aggs: facetAggregations(fields) }),
    ...(newest > 0
      ? { sort: [{ sort_time: 'desc' }], from: newest - 1, size: 1, _source: false }
      : { size: 0 }),
  });
  const time = response.hits.hits[0]?.sort?.[0];
  return {
    total: totalOf(response.hits.total),
    facets: readFacets(fields, response.aggregations),
    estimated: false,
    newestFrom: typeof time === 'number' ? time : null,
  };
}

/** Counts of the sample at `slots`, not scaled; `ranked`: where the newest that many start. */
export function sampleCounts(
  client: EngineClient,
  alias: string,
  query: Dsl,
  fields: readonly FacetField[],
  slots: number,
  ranked: number,
): Promise<Counts> {
  if (slots >= SAMPLE_SLOTS) return exactCounts(client, alias, query, fields, ranked);
  const newest = ranked > 0 ? Math.max(1, Math.round((ranked * slots) / SAMPLE_SLOTS)) : 0;
  return exactCounts(client, alias, inSample(query, slots), fields, newest);
}

/**
 * Estimated counts of a match set known to hold more than `bound` matches, from the sample at
 * FIRST_SLOTS (`first`, maybe already asked for) grown until it holds enough matches.
 */
export async function estimateCounts(
  client: EngineClient,
  alias: string,
  query: Dsl,
  fields: readonly FacetField[],
  bound: number,
  ranked: number,
  first: Promise<Counts>,
): Promise<Counts> {
  const enough = Math.min(MIN_SAMPLE, bound);
  let slots = FIRST_SLOTS;
  let counts = await first;
  while (counts.total < enough && slots < SAMPLE_SLOTS) {
    slots = Math.min(SAMPLE_SLOTS, slots * 4);
    counts = await sampleCounts(client, alias, query, fields, slots, ranked);
  }
  if (slots >= SAMPLE_SLOTS) return counts;
  return scaled(counts, SAMPLE_SLOTS / slots, bound + 1);
}

function scaled(counts: Counts, factor: number, atLeast: number): Counts {
  const scale = (count: number) => Math.max(1, Math.round(count * factor));
  const facets: Counts['facets'] = {};
  for (const [field, buckets] of Object.entries(counts.facets) as [FacetField, FacetBucket[]][]) {
    facets[field] = buckets.map((bucket) => ({ ...bucket, count: scale(bucket.count), approximate: true }));
  }
  return {
    total: Math.max(atLeast, Math.round(counts.total * factor)),
    facets,
    estimated: true,
    newestFrom: counts.newestFrom,
  };
}

export function totalOf(total: { value: number } | number | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}
