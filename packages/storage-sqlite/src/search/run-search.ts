// One search: match set = indexed items ∧ query ∧ filters; a keyset page of it in the requested
// order; its total; facet counts over all of it; highlights for the page.
import type { Item, SearchRequest, SearchResult } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { compileQuery } from './compile-query.ts';
import { decodeCursor, encodeCursor, requestFingerprint, type SortKey } from './cursor.ts';
import { countFacets } from './facets.ts';
import { fetchHighlights } from './fetch-highlights.ts';
import { compileFilters } from './filters.ts';
import { joinSql, type Sql, sql } from './sql.ts';

/** Column weights: title and title_folded count ten times the body. bm25() is lower-is-better. */
const BM25 = 'bm25(items_fts, 10.0, 1.0, 10.0, 1.0)';

interface PageRow {
  seq: number;
  id: string;
  time: number;
  rank: number;
  doc: string;
}

export function runSearch(db: Database, request: SearchRequest): SearchResult {
  if (!Number.isInteger(request.limit) || request.limit < 1)
    throw new RangeError('limit must be a positive integer');
  const compiled = request.query ? compileQuery(request.query) : null;
  const where = joinSql(
    [sql('i.indexed = 1'), ...(compiled ? [compiled.where] : []), ...compileFilters(request.filters)],
    'AND',
  );
  // Relevance needs text to score; without any, it falls back to time order.
  const scoring = request.sort === 'relevance' ? (compiled?.scoring ?? null) : null;
  const fingerprint = requestFingerprint(request);
  const after = request.cursor ? decodeCursor(request.cursor, fingerprint, scoring !== null) : null;

  const rows = fetchPage(db, where, scoring, after, request.limit + 1);
  const page = rows.slice(0, request.limit);
  const seqs = page.map((row) => row.seq);
  const highlights =
    request.highlight && compiled?.scoring ? fetchHighlights(db, compiled.scoring, seqs) : new Map();
  const last = page.at(-1);
  return {
    hits: page.map((row) => ({
      item: JSON.parse(row.doc) as Item,
      score: scoring !== null && row.rank < 0 ? -row.rank : null,
      highlights: highlights.get(row.seq) ?? null,
    })),
    total: countMatches(db, where),
    nextCursor:
      rows.length > request.limit && last ? encodeCursor(fingerprint, sortKey(last, scoring)) : null,
    facets: request.facets?.length ? countFacets(db, request.facets, where) : {},
  };
}

function fetchPage(db: Database, where: Sql, scoring: string | null, after: SortKey | null, limit: number) {
  // Rows matched only through meta predicates have no bm25 row: rank 0 sorts them after text hits.
  const join = scoring
    ? sql(
        `LEFT JOIN (SELECT rowid AS seq, ${BM25} AS rank FROM items_fts WHERE items_fts MATCH ?) s ON s.seq = i.seq`,
        scoring,
      )
    : sql('');
  const rank = scoring ? 'coalesce(s.rank, 0.0)' : '0.0';
  const order = scoring ? `${rank} ASC, i.sort_time DESC, i.id DESC` : 'i.sort_time DESC, i.id DESC';
  const filter = after ? joinSql([where, afterKey(after, rank, scoring !== null)], 'AND') : where;
  const statement = db.prepare(`
    SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, ${rank} AS rank, i.doc AS doc
    FROM items i ${join.sql}
    WHERE ${filter.sql}
    ORDER BY ${order} LIMIT ?`);
  return statement.all(...join.params, ...filter.params, limit) as PageRow[];
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

function countMatches(db: Database, where: Sql): number {
  return db
    .prepare(`SELECT count(*) FROM items i WHERE ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
}
