// One search: match set = indexed items ∧ query ∧ filters; a keyset page of it in the requested
// order; its total and facet counts (one grouped pass, facets.ts: exact up to a bound, estimated
// from a sample beyond it, sampled-counts.ts); highlights for the page (page-highlights.ts).
// Beyond the bound, a time page of a large share of the store walks the time index, and relevance
// ranks only the newest ~RANKED_MATCHES matches (bm25 costs ~3 µs a match).
//
// The page is found on small keys (seq, time, id, rank) and only its documents are read: selecting
// the document in the sorted query would copy every match's document into the sorter.
import type { FacetBucket, FacetField, Item, SearchRequest, SearchResult } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { type CompiledQuery, compileQuery } from './compile-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortKey } from './cursor.ts';
import { countMatches, type MatchCounts, type MatchSet } from './facets.ts';
import { compileFilters } from './filters.ts';
import { createHighlighter } from './page-highlights.ts';
import { estimateMatches, inSample, seqRange } from './sampled-counts.ts';
import { joinSql, type Sql, sql } from './sql.ts';

/** Match sets larger than this have estimated totals and facet counts (sampled-counts.ts). */
export const DEFAULT_EXACT_COUNT_BOUND = 10_000;
/**
 * Above this share of the store matching, the newest page is found by walking the time index and
 * asking FTS5 about each row (~21 / share probes); below it, by reading the match list once.
 */
const DENSE_SHARE = 0.05;
/**
 * bm25 costs ~3 µs a match. Beyond the bound, relevance ranks only the matches among the newest
 * seqs (the most recently stored items), a span expected to hold about this many matches.
 */
export const RANKED_MATCHES = 2_000;

/** Column weights: title and title_folded count ten times the body. bm25() is lower-is-better. */
const BM25 = 'bm25(items_fts, 10.0, 1.0, 10.0, 1.0)';
const INDEXED = sql('i.indexed = 1');
/**
 * With text in the query, rows are probed by seq for each FTS5 match: through the compact
 * covering index (migration 5), not the table, whose rows carry the whole document.
 */
const BY_KEYS = 'items i INDEXED BY items_search';

interface PageRow {
  seq: number;
  id: string;
  time: number;
  rank: number;
}

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
  const counts = countSet(
    db,
    compiled,
    filters,
    request,
    options.exactCountBound ?? DEFAULT_EXACT_COUNT_BOUND,
  );
  const rows =
    scoring !== null && compiled
      ? fetchRankedPage(db, compiled, scoring, filters, after, request.limit + 1, counts.rankFrom)
      : counts.dense && compiled?.onlyMatch
        ? fetchTimePageByWalk(db, compiled.onlyMatch, filters, after, request.limit + 1)
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
  /** Beyond the bound: relevance ranks only matches with seq ≥ this (RANKED_MATCHES). */
  rankFrom: number | null;
}

/** Exact counts up to the bound; beyond it, estimates from a hashed sample (sampled-counts.ts). */
function countSet(
  db: Database,
  compiled: CompiledQuery | null,
  filters: Sql[],
  request: SearchRequest,
  bound: number,
): SetCounts {
  const fields = request.facets ?? [];
  const set = matchSet(compiled, filters);
  // One pass over at most bound + 1 matches: exact when they are all.
  const { lastSeq, ...first } = countMatches(db, set, fields, bound + 1);
  if (first.total <= bound) return { ...first, estimated: false, dense: false, rankFrom: null };
  const range = seqRange(db);
  const span = Math.max(1, range.max - range.min + 1);
  const sampled = (threshold: number) => matchSet(compiled, filters, threshold);
  // The density of the first bound + 1 matches guesses the total, to size the sample.
  const guess = (first.total / Math.max(first.total, (lastSeq ?? 0) - range.min + 1)) * span;
  const counts = estimateMatches(db, sampled, fields, bound, guess);
  const share = counts.total / span;
  const rankFrom = range.max - Math.ceil(RANKED_MATCHES / Math.max(share, 1 / span));
  return { ...counts, estimated: true, dense: share >= DENSE_SHARE, rankFrom };
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
function matchSet(compiled: CompiledQuery | null, filters: Sql[], sample?: number): MatchSet {
  if (compiled?.onlyMatch) {
    const rowids = ftsRowids(compiled.onlyMatch, sample);
    return {
      from: sql(`(${rowids.sql}) m CROSS JOIN ${BY_KEYS} ON i.seq = m.seq`, ...rowids.params),
      where: joinSql([INDEXED, ...filters], 'AND'),
    };
  }
  const sampled = sample === undefined ? [] : [sql(inSample('i.seq'), sample)];
  return {
    from: sql(compiled?.scoring ? BY_KEYS : 'items i'),
    where: joinSql([INDEXED, ...(compiled ? [compiled.where] : []), ...filters, ...sampled], 'AND'),
  };
}

/** The FTS5 matches (as `seq`); only those in the hashed sample below `sample` when given. */
function ftsRowids(expression: string, sample?: number): Sql {
  const all = 'SELECT rowid AS seq FROM items_fts WHERE items_fts MATCH ?';
  if (sample === undefined) return sql(all, expression);
  return sql(`${all} AND ${inSample('rowid')}`, expression, sample);
}

function fetchTimePage(db: Database, set: MatchSet, after: SortKey | null, limit: number): PageRow[] {
  const where = after ? joinSql([set.where, afterKey(after, '0.0', false)], 'AND') : set.where;
  return db
    .prepare(`
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, 0.0 AS rank FROM ${set.from.sql}
      WHERE ${where.sql}
      ORDER BY i.sort_time DESC, i.id DESC LIMIT ?`)
    .all(...set.from.params, ...where.params, limit) as PageRow[];
}

/**
 * The newest page of a large share of the store: the time index is walked newest first and FTS5
 * is asked, per row, whether it matches; no need to read (let alone sort) every match.
 */
function fetchTimePageByWalk(
  db: Database,
  expression: string,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
): PageRow[] {
  const matches = sql(
    'EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH ? AND items_fts.rowid = i.seq)',
    expression,
  );
  const where = joinSql(
    [INDEXED, ...filters, ...(after ? [afterKey(after, '0.0', false)] : []), matches],
    'AND',
  );
  return db
    .prepare(`
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, 0.0 AS rank FROM items i INDEXED BY items_by_time
      WHERE ${where.sql}
      ORDER BY i.sort_time DESC, i.id DESC LIMIT ?`)
    .all(...where.params, limit) as PageRow[];
}

function fetchRankedPage(
  db: Database,
  compiled: CompiledQuery,
  scoring: string,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
  rankFrom: number | null,
): PageRow[] {
  const ranked = `SELECT rowid AS seq, ${BM25} AS rank FROM items_fts WHERE items_fts MATCH ?`;
  const order = 'ORDER BY rank ASC, i.sort_time DESC, i.id DESC LIMIT ?';
  if (compiled.onlyMatch) {
    // The query is this one MATCH: read the matches from FTS5 once, with their scores; beyond the
    // count bound, only those among the newest seqs (FTS5 seeks the rowid range).
    const newest = rankFrom === null ? [] : [rankFrom];
    const where = joinSql([INDEXED, ...filters, ...(after ? [afterKey(after, 's.rank', true)] : [])], 'AND');
    return db
      .prepare(`
        SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, s.rank AS rank
        FROM (${ranked}${rankFrom === null ? '' : ' AND rowid >= ?'}) s CROSS JOIN ${BY_KEYS} ON i.seq = s.seq
        WHERE ${where.sql} ${order}`)
      .all(scoring, ...newest, ...where.params, limit) as PageRow[];
  }
  // Mixed with meta predicates: rows matched only through those have no score (rank 0 sorts them
  // after text hits). The scores are computed once (MATERIALIZED), then looked up per row.
  const rank = 'coalesce(s.rank, 0.0)';
  const set = matchSet(compiled, filters);
  const where = after ? joinSql([set.where, afterKey(after, rank, true)], 'AND') : set.where;
  return db
    .prepare(`
      WITH s AS MATERIALIZED (${ranked})
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, ${rank} AS rank
      FROM ${set.from.sql} LEFT JOIN s ON s.seq = i.seq
      WHERE ${where.sql} ${order}`)
    .all(scoring, ...set.from.params, ...where.params, limit) as PageRow[];
}

/** The page's items, in page order. */
function fetchItems(db: Database, page: PageRow[]): Item[] {
  if (page.length === 0) return [];
  const rows = db
    .prepare('SELECT seq, doc FROM items WHERE seq IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(page.map((row) => row.seq))) as [number, string][];
  const docs = new Map(rows);
  return page.map((row) => JSON.parse(docs.get(row.seq)!) as Item);
}

/** Rows strictly after the cursor's key in the page order (keyset pagination). */
function afterKey(key: SortKey, rank: string, byRank: boolean): Sql {
  const timeAndId = sql('(i.sort_time, i.id) < (?, ?)', key.time, key.id);
  if (!byRank) return timeAndId;
  return sql(`${rank} > ? OR (${rank} = ? AND ${timeAndId.sql})`, key.rank, key.rank, ...timeAndId.params);
}

function sortKey(row: PageRow, scoring: string | null): SortKey {
  return scoring ? { time: row.time, id: row.id, rank: row.rank } : { time: row.time, id: row.id };
}
