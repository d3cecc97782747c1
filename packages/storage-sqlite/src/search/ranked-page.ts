// A relevance page. Up to the exact-count bound, FTS5's bm25() over the match set; beyond it, a
// query that is one MATCH is ranked among its newest matches (newest-ranked.ts). A query mixed with
// meta predicates is scored by bm25() over the matches of its text (rows matched only through the
// predicates have no score and rank 0, after text hits).
import type { Database } from 'better-sqlite3';
import type { CompiledQuery } from './compile-query.ts';
import type { SortKey } from './cursor.ts';
import type { MatchSet } from './facets.ts';
import { fetchNewestRanked, type NewestSpan } from './newest-ranked.ts';
import { afterKey, BY_KEYS, INDEXED, type PageRow } from './page-keys.ts';
import { joinSql, type Sql } from './sql.ts';
import { prepared } from './statements.ts';

/** Column weights: title and title_folded count ten times the body. bm25() is lower-is-better. */
const BM25 = 'bm25(items_fts, 10.0, 1.0, 10.0, 1.0)';
const ORDER = 'ORDER BY rank ASC, i.sort_time DESC, i.id DESC LIMIT ?';

export function fetchRankedPage(
  db: Database,
  compiled: CompiledQuery,
  scoring: string,
  set: MatchSet,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
  newest: NewestSpan | null,
): PageRow[] {
  if (compiled.onlyMatch && newest) {
    return fetchNewestRanked(db, compiled.onlyMatch, filters, after, limit, newest);
  }
  const ranked = `SELECT rowid AS seq, ${BM25} AS rank FROM items_fts WHERE items_fts MATCH ?`;
  if (compiled.onlyMatch) {
    // The query is this one MATCH: read the matches from FTS5 once, with their scores.
    const where = joinSql([INDEXED, ...filters, ...(after ? [afterKey(after, 's.rank', true)] : [])], 'AND');
    return prepared(
      db,
      `
        SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, s.rank AS rank
        FROM (${ranked}) s CROSS JOIN ${BY_KEYS} ON i.seq = s.seq
        WHERE ${where.sql} ${ORDER}`,
    ).all(scoring, ...where.params, limit) as PageRow[];
  }
  // Mixed with meta predicates: the scores are computed once (MATERIALIZED), then looked up per row.
  const rank = 'coalesce(s.rank, 0.0)';
  const where = after ? joinSql([set.where, afterKey(after, rank, true)], 'AND') : set.where;
  return prepared(
    db,
    `
      WITH s AS MATERIALIZED (${ranked})
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, ${rank} AS rank
      FROM ${set.from.sql} LEFT JOIN s ON s.seq = i.seq
      WHERE ${where.sql} ${ORDER}`,
  ).all(scoring, ...set.from.params, ...where.params, limit) as PageRow[];
}
