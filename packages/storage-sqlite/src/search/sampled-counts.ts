// Totals and facet counts beyond a bound. Counting a match set costs one covering-index probe per
// match (~2 µs; a third of a million matches is over half a second), so a search counts exactly
// only up to `bound` matches. Beyond it, the counts are estimated from a deterministic sample: the
// matches whose seq hashes (multiplicatively, mod 2^16) below a threshold, which spreads the sample
// evenly over sources, dates and insertion order. The sampled share is picked from the density of
// the first bound + 1 matches so that about TARGET_SAMPLE matches are probed, and grows while the
// sample holds fewer than MIN_SAMPLE (up to the whole match set).
import type { FacetField } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { countMatches, type MatchCounts, type MatchSet } from './facets.ts';

export const HASH_RANGE = 65_536;
const TARGET_SAMPLE = 1_500;
const MIN_SAMPLE = 500;

/** The match set restricted to seqs whose hash is below `threshold` (run-search.ts builds it). */
export type SampledSet = (threshold: number) => MatchSet;

/** `seq`'s sample hash, below `threshold` (a bound parameter) for sampled rows. */
export const inSample = (column: string) => `((${column} * 2654435761) & ${HASH_RANGE - 1}) < ?`;

export interface SeqRange {
  min: number;
  max: number;
}

export function seqRange(db: Database): SeqRange {
  // Two subqueries: SQLite reads one end of the rowid b-tree for a lone min() or max(), but
  // scans the whole table for both in one SELECT.
  const [min, max] = db
    .prepare('SELECT (SELECT min(seq) FROM items), (SELECT max(seq) FROM items)')
    .raw()
    .get() as [number | null, number | null];
  return { min: min ?? 0, max: max ?? 0 };
}

/** Estimated counts (the total at least `bound + 1`, which was counted), scaled up from a sample. */
export function estimateMatches(
  db: Database,
  sampled: SampledSet,
  fields: readonly FacetField[],
  bound: number,
  guessedTotal: number,
): MatchCounts {
  let threshold = Math.min(HASH_RANGE, Math.max(1, Math.ceil((TARGET_SAMPLE / guessedTotal) * HASH_RANGE)));
  for (;;) {
    const { lastSeq: _, ...counts } = countMatches(db, sampled(threshold), fields);
    if (counts.total >= MIN_SAMPLE || threshold >= HASH_RANGE) {
      return scaled(counts, HASH_RANGE / threshold, bound + 1);
    }
    threshold = Math.min(HASH_RANGE, threshold * 4);
  }
}

function scaled(counts: MatchCounts, factor: number, atLeast: number): MatchCounts {
  const scale = (count: number) => Math.max(1, Math.round(count * factor));
  const facets: MatchCounts['facets'] = {};
  for (const [field, buckets] of Object.entries(counts.facets) as [
    FacetField,
    { value: string; count: number }[],
  ][]) {
    facets[field] = buckets.map((bucket) => ({ value: bucket.value, count: scale(bucket.count) }));
  }
  return { total: Math.max(atLeast, Math.round(counts.total * factor)), facets };
}
