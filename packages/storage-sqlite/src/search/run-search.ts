// One search: match set = indexed items ∧ query ∧ filters; a keyset page of it in the requested
// order; its total and facet counts over all of it (one grouped pass, facets.ts); highlights for
// the page, from the page's items (page-highlights.ts).
//
// The page is found on small keys (seq, time, id, rank) and only its documents are read: selecting
// the document in the sorted query would copy every match's document into the sorter.
import type { Item, SearchRequest, SearchResult } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { type CompiledQuery, compileQuery } from './compile-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortKey } from './cursor.ts';
import { countMatches, type MatchSet } from './facets.ts';
import { compileFilters } from './filters.ts';
import { createHighlighter } from './page-highlights.ts';
import { joinSql, type Sql, sql } from './sql.ts';

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

export function runSearch(db: Database, request: SearchRequest): SearchResult {
  if (!Number.isInteger(request.limit) || request.limit < 1)
    throw new RangeError('limit must be a positive integer');
  const compiled = request.query ? compileQuery(request.query) : null;
  const filters = compileFilters(request.filters);
  // Relevance needs text to score; without any, it falls back to time order.
  const scoring = request.sort === 'relevance' ? (compiled?.scoring ?? null) : null;
  const fingerprint = requestFingerprint(request);
  const after = request.cursor ? decodeCursor(request.cursor, fingerprint, scoring !== null) : null;

  const rows =
    scoring !== null && compiled
      ? fetchRankedPage(db, compiled, scoring, filters, after, request.limit + 1)
      : fetchTimePage(db, matchSet(compiled, filters), after, request.limit + 1);
  const page = rows.slice(0, request.limit);
  const items = fetchItems(db, page);
  const highlighter =
    request.highlight && compiled && compiled.texts.length > 0 ? createHighlighter(compiled.texts) : null;
  const { total, facets } = countMatches(db, matchSet(compiled, filters), request.facets ?? []);
  const last = page.at(-1);
  return {
    hits: page.map((row, n) => ({
      item: items[n]!,
      score: scoring !== null && row.rank < 0 ? -row.rank : null,
      highlights: highlighter ? highlighter(items[n]!) : null,
    })),
    total,
    nextCursor:
      rows.length > request.limit && last ? encodeCursor(fingerprint, sortKey(last, scoring)) : null,
    facets,
  };
}

/**
 * The match set as FROM + WHERE over `items i`. A query that is one MATCH is read from FTS5 and
 * joined to the items (CROSS JOIN keeps FTS5 the outer loop: never one MATCH per item row); other
 * queries with text probe the covering index with the IN-list of each MATCH.
 */
function matchSet(compiled: CompiledQuery | null, filters: Sql[]): MatchSet {
  if (compiled?.onlyMatch) {
    return {
      from: sql(
        `(SELECT rowid AS seq FROM items_fts WHERE items_fts MATCH ?) m CROSS JOIN ${BY_KEYS} ON i.seq = m.seq`,
        compiled.onlyMatch,
      ),
      where: joinSql([INDEXED, ...filters], 'AND'),
    };
  }
  return {
    from: sql(compiled?.scoring ? BY_KEYS : 'items i'),
    where: joinSql([INDEXED, ...(compiled ? [compiled.where] : []), ...filters], 'AND'),
  };
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

function fetchRankedPage(
  db: Database,
  compiled: CompiledQuery,
  scoring: string,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
): PageRow[] {
  const ranked = `SELECT rowid AS seq, ${BM25} AS rank FROM items_fts WHERE items_fts MATCH ?`;
  const order = 'ORDER BY rank ASC, i.sort_time DESC, i.id DESC LIMIT ?';
  if (compiled.onlyMatch) {
    // The query is this one MATCH: read the matches from FTS5 once, with their scores.
    const where = joinSql([INDEXED, ...filters, ...(after ? [afterKey(after, 's.rank', true)] : [])], 'AND');
    return db
      .prepare(`
        SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, s.rank AS rank
        FROM (${ranked}) s CROSS JOIN ${BY_KEYS} ON i.seq = s.seq
        WHERE ${where.sql} ${order}`)
      .all(scoring, ...where.params, limit) as PageRow[];
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
