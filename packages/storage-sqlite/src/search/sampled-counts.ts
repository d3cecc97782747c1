// Totals and facet counts beyond a bound. Counting a match set costs one covering-index probe per
// match (~2 µs; a third of a million matches is over half a second), so a search counts exactly
// only up to `bound` matches. Beyond it, the counts are estimated from a deterministic sample of
// the seq space, scaled up by the sampled share:
//
//   - a query that is one FTS5 MATCH samples blocks of seqs spread evenly (blockCount), each read
//     by FTS5 as a rowid range (a seek per segment, not a walk of the whole posting list: the
//     bounds must reach FTS5 as integers, see fts-rowids.ts). Blocks spread over the whole store
//     spread the sample over its history, so over dates and sources.
//   - other queries sample the seqs whose hash (multiplicative, mod 2^16) is below a threshold.
//
// The sampled share is picked from the density of the first bound + 1 matches so that about
// TARGET_SAMPLE matches are probed, and grows while the sample holds fewer than MIN_SAMPLE (up to
// the whole match set).
import type { FacetField } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { countMatches, type MatchCounts, type MatchSet } from './facets.ts';
import { prepared } from './statements.ts';

export const HASH_RANGE = 65_536;
const TARGET_SAMPLE = 1_500;
const MIN_SAMPLE = 500;
/**
 * Blocks of a block sample. Neighbouring seqs are alike (stored together: the same crawl, the same
 * story), so the estimate's error shrinks with the number of blocks more than with their width
 * (at a million items: ±15 % with 32 blocks, ±8 % with 128, ±5 % with 256). Each block costs FTS5
 * a seek of every query word's posting list in every index segment, so the count is fitted to a
 * budget of word-blocks: 96 blocks for a word or a two-word phrase, fewer for longer queries.
 */
const MIN_BLOCKS = 32;
const MAX_BLOCKS = 96;
const WORD_BLOCKS = 192;

/** How many blocks to sample for a MATCH expression of `words` query words. */
export function blockCount(words: number): number {
  return Math.max(MIN_BLOCKS, Math.min(MAX_BLOCKS, Math.floor(WORD_BLOCKS / Math.max(1, words))));
}

/** A sampled match set and the share of the seq space it covers (counts scale by 1 / share). */
export interface Sample {
  set: MatchSet;
  share: number;
}

/** The match set sampled at about `fraction` of the seq space (run-search.ts builds it). */
export type SampledSet = (fraction: number) => Sample;

/** `seq`'s sample hash, below `threshold` (a bound parameter) for sampled rows. */
export const inSample = (column: string) => `((${column} * 2654435761) & ${HASH_RANGE - 1}) < ?`;

/** The hash threshold for about `fraction` of the seqs, and the share it really samples. */
export function hashThreshold(fraction: number): { threshold: number; share: number } {
  const threshold = Math.min(HASH_RANGE, Math.max(1, Math.ceil(fraction * HASH_RANGE)));
  return { threshold, share: threshold / HASH_RANGE };
}

export interface SeqRange {
  min: number;
  max: number;
}

/** Inclusive seq ranges. */
export type SeqBlock = readonly [from: number, to: number];

/**
 * About `fraction` of `range` as `count` blocks, one in each of `count` equal slots at an
 * offset drawn from a fixed hash of the slot number (evenly spaced blocks would alias with any
 * periodic pattern of the seqs, e.g. a feed re-published in a fixed cycle), and the share they
 * cover. The blocks depend only on the range and the fraction: a repeated search samples the same
 * rows.
 */
export function seqBlocks(
  range: SeqRange,
  fraction: number,
  blocks: number,
): { blocks: SeqBlock[]; share: number } {
  const span = Math.max(1, range.max - range.min + 1);
  if (fraction >= 1) return { blocks: [[range.min, range.max]], share: 1 };
  const count = Math.max(1, Math.min(blocks, span));
  const width = Math.max(1, Math.ceil((fraction * span) / count));
  const found: SeqBlock[] = [];
  let covered = 0;
  for (let k = 0; k < count; k++) {
    const slot = range.min + Math.floor((k * span) / count);
    const next = range.min + Math.floor(((k + 1) * span) / count);
    const from = slot + (slotHash(k) % Math.max(1, next - slot - width + 1));
    const to = Math.min(from + width, next) - 1;
    found.push([from, to]);
    covered += to - from + 1;
  }
  return { blocks: found, share: covered / span };
}

/** A fixed pseudo-random 32-bit number per slot (Knuth's multiplicative hash of k + 1). */
function slotHash(k: number): number {
  return Math.imul(k + 1, 2654435761) >>> 0;
}

export function seqRange(db: Database): SeqRange {
  // Two subqueries: SQLite reads one end of the rowid b-tree for a lone min() or max(), but
  // scans the whole table for both in one SELECT.
  const [min, max] = prepared(
    db,
    'SELECT (SELECT min(seq) FROM items), (SELECT max(seq) FROM items)',
    'raw',
  ).get() as [number | null, number | null];
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
  let fraction = Math.min(1, TARGET_SAMPLE / Math.max(1, guessedTotal));
  for (;;) {
    const sample = sampled(fraction);
    const { lastSeq: _, ...counts } = countMatches(db, sample.set, fields);
    if (counts.total >= MIN_SAMPLE || sample.share >= 1) {
      return scaled(counts, 1 / sample.share, bound + 1);
    }
    fraction = Math.min(1, fraction * 4);
  }
}

/**
 * Counts estimated from one sample at `fraction`, when they are clearly large: the sample holds at
 * least `matches` matches and scales to more than `above`. Null otherwise (count exactly then).
 */
export function sampleFirst(
  db: Database,
  sampled: SampledSet,
  fields: readonly FacetField[],
  fraction: number,
  matches: number,
  above: number,
): MatchCounts | null {
  const sample = sampled(fraction);
  if (sample.share >= 1) return null;
  const { lastSeq: _, ...counts } = countMatches(db, sample.set, fields);
  if (counts.total < matches || counts.total / sample.share <= above) return null;
  return scaled(counts, 1 / sample.share, above);
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
