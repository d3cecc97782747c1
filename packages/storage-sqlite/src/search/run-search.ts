// One search: match set = indexed items ∧ query ∧ filters; a keyset page of it in the requested
// order; its total and facet counts (one grouped pass, facets.ts: exact up to a bound, estimated
// from a sample beyond it, sampled-counts.ts); highlights for the page (page-highlights.ts).
// Beyond the bound, a time page of a large share of the store walks the time index, and relevance
// ranks only the newest ~RANKED_MATCHES matches (ranked-page.ts).
//
// The page is found on small keys (seq, time, id, rank) and only its documents are read: selecting
// the document in the sorted query would copy every match's document into the sorter.
import type { FacetBucket, FacetField, Item, SearchRequest, SearchResult } from '@presswatch/domain';
import { createHighlighter } from '@presswatch/query';
import type { Database } from 'better-sqlite3';
import { type CompiledQuery, compileQuery } from './compile-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortKey } from './cursor.ts';
import { countMatches, type MatchCounts, type MatchSet } from './facets.ts';
import { compileFilters } from './filters.ts';
import { expressionWords, ftsHead, ftsRowids } from './fts-rowids.ts';
import type { NewestSpan } from './newest-ranked.ts';
import { afterKey, BY_KEYS, INDEXED, type PageRow, sortKey } from './page-keys.ts';
import { fetchRankedPage } from './ranked-page.ts';
import {
  blockCount,
  estimateMatches,
  hashThreshold,
  inSample,
  type Sample,
  type SeqRange,
  sampleFirst,
  seqBlocks,
  seqRange,
} from './sampled-counts.ts';
import { joinSql, type Sql, sql } from './sql.ts';
import { prepared } from './statements.ts';

/** Match sets larger than this have estimated totals and facet counts (sampled-counts.ts). */
export const DEFAULT_EXACT_COUNT_BOUND = 10_000;
/**
 * Above this share of the store matching, the newest page is found by walking the time index and
 * asking FTS5 about each row (~21 / share probes); below it, by reading the match list once.
 */
const DENSE_SHARE = 0.05;
/**
 * Beyond the bound, relevance ranks only the matches among the newest seqs (the most recently
 * stored items), a span expected to hold about this many matches.
 */
export const RANKED_MATCHES = 2_000;
/**
 * The share of the seq space a one-MATCH query samples before anything is counted exactly, and
 * the matches that sample must hold to be used alone (its error comes mostly from the number of
 * blocks, not of matches: sampled-counts.ts).
 */
const FIRST_SAMPLE = 0.005;
const FIRST_SAMPLE_MATCHES = 300;

export interface SearchOptions {
  /** Exact totals and facets up to this many matches; estimated beyond. */
  exactCountBound?: number;
}

export function runSearch(db: Database, request: SearchRequest, options: SearchOptions = {}): SearchResult {
  if (!Number.isInteger(request.limit) || request.limit < 1)
    throw new RangeError('limit must be a positive integer');
  const compiled = request.query ? compileQuery(request.query) : null;
  const filters = compileFilters(request.filters);
  // Relevance needs text to score; without any, it falls back to time order.
  const scoring = request.sort === 'relevance' ? (compiled?.scoring ?? null) : null;
  const fingerprint = requestFingerprint(request);
  const after = request.cursor ? decodeCursor(request.cursor, fingerprint, scoring !== null) : null;

  const set = matchSet(compiled, filters);
  const bound = options.exactCountBound ?? DEFAULT_EXACT_COUNT_BOUND;
  const counts = countSet(db, compiled, filters, request.facets ?? [], bound);
  const rows =
    scoring !== null && compiled
      ? fetchRankedPage(db, compiled, scoring, set, filters, after, request.limit + 1, counts.newest)
      : counts.dense && compiled?.onlyMatch
        ? fetchTimePageByWalk(db, compiled, filters, after, request.limit + 1)
        : fetchTimePage(db, set, after, request.limit + 1);
  const page = rows.slice(0, request.limit);
  const items = fetchItems(db, page);
  const highlighter =
    request.highlight && compiled && compiled.texts.length > 0 ? createHighlighter(compiled.texts) : null;
  const { total, facets } = counts;
  const last = page.at(-1);
  return {
    hits: page.map((row, n) => ({
      item: items[n]!,
      score: scoring !== null && row.rank < 0 ? -row.rank : null,
      highlights: highlighter ? highlighter(items[n]!) : null,
    })),
    total,
    totalIsEstimate: counts.estimated,
    nextCursor:
      rows.length > request.limit && last ? encodeCursor(fingerprint, sortKey(last, scoring)) : null,
    facets: counts.estimated ? markApproximate(facets) : facets,
  };
}

interface SetCounts extends MatchCounts {
  estimated: boolean;
  /** Whether the matches are a large share of the store (a time page is found by walking). */
  dense: boolean;
  /** Beyond the bound: relevance ranks only the matches in this newest span (RANKED_MATCHES). */
  newest: NewestSpan | null;
}

/** Exact counts up to the bound; beyond it, estimates from a sample (sampled-counts.ts). */
function countSet(
  db: Database,
  compiled: CompiledQuery | null,
  filters: Sql[],
  fields: readonly FacetField[],
  bound: number,
): SetCounts {
  const range = seqRange(db);
  const sampled = (fraction: number) => sampleSet(compiled, filters, range, fraction);
  // A one-MATCH query is sampled first: at scale most such searches match far more than the
  // bound, and then no exact pass is needed at all. Small or doubtful results count exactly.
  // (A store too small for that sample to hold enough matches skips it.)
  const large = range.max - range.min + 1 >= FIRST_SAMPLE_MATCHES / FIRST_SAMPLE;
  const early =
    compiled?.onlyMatch && large
      ? sampleFirst(db, sampled, fields, FIRST_SAMPLE, FIRST_SAMPLE_MATCHES, 4 * bound)
      : null;
  if (early) return estimatedCounts(early, range);
  const first = firstMatches(db, compiled, filters, fields, bound);
  if (first.counts) return { ...first.counts, estimated: false, dense: false, newest: null };
  const span = Math.max(1, range.max - range.min + 1);
  // The density of the first bound + 1 matches guesses the total, to size the sample.
  const guess = ((bound + 1) / Math.max(bound + 1, (first.lastSeq ?? 0) - range.min + 1)) * span;
  return estimatedCounts(estimateMatches(db, sampled, fields, bound, guess), range);
}

function estimatedCounts(counts: MatchCounts, range: SeqRange): SetCounts {
  const span = Math.max(1, range.max - range.min + 1);
  const share = counts.total / span;
  const from = Math.max(range.min, range.max - Math.ceil(RANKED_MATCHES / Math.max(share, 1 / span)));
  return {
    ...counts,
    estimated: true,
    dense: share >= DENSE_SHARE,
    newest: { from, items: range.max - from + 1 },
  };
}

/**
 * The exact counts when the match set holds at most `bound` matches; else how far into the store
 * (seq order) its first bound + 1 matches reach. A query that is one MATCH without filters is
 * first counted in FTS5 alone (no item read), so a large match set costs no facet pass here.
 */
function firstMatches(
  db: Database,
  compiled: CompiledQuery | null,
  filters: Sql[],
  fields: readonly FacetField[],
  bound: number,
): { counts: MatchCounts | null; lastSeq: number | null } {
  const set = matchSet(compiled, filters);
  if (compiled?.onlyMatch && filters.length === 0) {
    const head = ftsHead(db, compiled.onlyMatch, bound + 1);
    if (head.count > bound) return { counts: null, lastSeq: head.lastSeq };
    const { lastSeq: _, ...counts } = countMatches(db, set, fields);
    return { counts, lastSeq: null };
  }
  // One pass over at most bound + 1 matches: exact when they are all.
  const { lastSeq, ...counts } = countMatches(db, set, fields, bound + 1);
  return counts.total <= bound ? { counts, lastSeq: null } : { counts: null, lastSeq };
}

function markApproximate(facets: SearchResult['facets']): SearchResult['facets'] {
  const marked: SearchResult['facets'] = {};
  for (const [field, buckets] of Object.entries(facets) as [FacetField, FacetBucket[]][]) {
    marked[field] = buckets.map((bucket) => ({ ...bucket, approximate: true }));
  }
  return marked;
}

/**
 * The match set as FROM + WHERE over `items i`. A query that is one MATCH is read from FTS5 and
 * joined to the items (CROSS JOIN keeps FTS5 the outer loop: never one MATCH per item row); other
 * queries with text probe the covering index with the IN-list of each MATCH.
 */
function matchSet(compiled: CompiledQuery | null, filters: Sql[]): MatchSet {
  if (compiled?.onlyMatch) return ftsMatchSet(ftsRowids(compiled.onlyMatch), filters);
  return {
    from: sql(compiled?.scoring ? BY_KEYS : 'items i'),
    where: joinSql([INDEXED, ...(compiled ? [compiled.where] : []), ...filters], 'AND'),
  };
}

function ftsMatchSet(rowids: Sql, filters: Sql[]): MatchSet {
  return {
    from: sql(`(${rowids.sql}) m CROSS JOIN ${BY_KEYS} ON i.seq = m.seq`, ...rowids.params),
    where: joinSql([INDEXED, ...filters], 'AND'),
  };
}

/**
 * The match set sampled at about `fraction`: a one-MATCH query in seq blocks FTS5 seeks to,
 * others by seq hash.
 */
function sampleSet(
  compiled: CompiledQuery | null,
  filters: Sql[],
  range: SeqRange,
  fraction: number,
): Sample {
  if (compiled?.onlyMatch) {
    const words = expressionWords(compiled.onlyMatch);
    const { blocks, share } = seqBlocks(range, fraction, blockCount(words));
    return { set: ftsMatchSet(ftsRowids(compiled.onlyMatch, blocks), filters), share };
  }
  const { threshold, share } = hashThreshold(fraction);
  const set = matchSet(compiled, filters);
  return {
    set: { from: set.from, where: joinSql([set.where, sql(inSample('i.seq'), threshold)], 'AND') },
    share,
  };
}

function fetchTimePage(db: Database, set: MatchSet, after: SortKey | null, limit: number): PageRow[] {
  const where = after ? joinSql([set.where, afterKey(after, '0.0', false)], 'AND') : set.where;
  return prepared(
    db,
    `
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, 0.0 AS rank FROM ${set.from.sql}
      WHERE ${where.sql}
      ORDER BY i.sort_time DESC, i.id DESC LIMIT ?`,
  ).all(...set.from.params, ...where.params, limit) as PageRow[];
}
/**
 * The newest page of a large share of the store: the time index is walked newest first and FTS5
 * is asked, per row, whether it matches; no need to read (let alone sort) every match.
 */
function fetchTimePageByWalk(
  db: Database,
  compiled: CompiledQuery,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
): PageRow[] {
  const probe = (expression: string) =>
    sql('EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH ? AND items_fts.rowid = i.seq)', expression);
  // `(P) NOT (N)` is probed as P, then N only where P matches: fewer posting-list seeks per row.
  const sides = compiled.onlyMatchSides;
  const matches = sides
    ? [probe(sides.positive), { sql: `NOT ${probe(sides.negative).sql}`, params: [sides.negative] }]
    : [probe(compiled.onlyMatch!)];
  // Only searchable items have FTS5 rows (unindexing deletes them): without filters the walk
  // needs nothing from the table rows, only the time index's keys and the FTS5 probe.
  const indexed = filters.length > 0 ? [INDEXED] : [];
  const where = joinSql(
    [...indexed, ...filters, ...(after ? [afterKey(after, '0.0', false)] : []), ...matches],
    'AND',
  );
  return prepared(
    db,
    `
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, 0.0 AS rank FROM items i INDEXED BY items_by_time
      WHERE ${where.sql}
      ORDER BY i.sort_time DESC, i.id DESC LIMIT ?`,
  ).all(...where.params, limit) as PageRow[];
}

/** The page's items, in page order. */
function fetchItems(db: Database, page: PageRow[]): Item[] {
  if (page.length === 0) return [];
  const rows = prepared(
    db,
    'SELECT seq, doc FROM items WHERE seq IN (SELECT value FROM json_each(?))',
    'raw',
  ).all(JSON.stringify(page.map((row) => row.seq))) as [number, string][];
  const docs = new Map(rows);
  return page.map((row) => JSON.parse(docs.get(row.seq)!) as Item);
}
