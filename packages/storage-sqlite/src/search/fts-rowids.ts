// FTS5 matches as `seq` (items_fts.rowid is items.seq), whole or within seq ranges.
//
// FTS5 seeks its posting lists to a rowid bound only when the bound is an INTEGER value.
// better-sqlite3 binds every JS number as a REAL, and with a REAL bound FTS5 (SQLite 3.53 as
// bundled) walks the posting list from its start (~30 ms for a word in a third of a million items
// instead of ~0.05 ms), and ignores a REAL `rowid = ?` altogether. So every bound is CAST here.
import type { Database } from 'better-sqlite3';
import type { SeqBlock } from './sampled-counts.ts';
import { type Sql, sql } from './sql.ts';
import { prepared } from './statements.ts';

const MATCHES = 'SELECT rowid AS seq FROM items_fts WHERE items_fts MATCH ?';
const INTEGER = 'CAST(? AS INTEGER)';

/** Every match of `expression`; with `blocks`, only those whose seq is in one of them. */
export function ftsRowids(expression: string, blocks?: readonly SeqBlock[]): Sql {
  if (!blocks) return sql(MATCHES, expression);
  const one = `${MATCHES} AND rowid BETWEEN ${INTEGER} AND ${INTEGER}`;
  return {
    sql: blocks.map(() => one).join(' UNION ALL '),
    params: blocks.flatMap(([from, to]) => [expression, from, to]),
  };
}

/** How many words the string literals of a MATCH expression hold (FTS5 seeks each one). */
export function expressionWords(expression: string): number {
  let words = 0;
  for (const literal of expression.match(/"(?:[^"]|"")*"/g) ?? []) {
    words += literal
      .slice(1, -1)
      .split(' ')
      .filter((word) => word.length > 0).length;
  }
  return words;
}

/** The matches of `expression` with seq ≥ `from`. */
export function ftsRowidsFrom(expression: string, from: number): Sql {
  return sql(`${MATCHES} AND rowid >= ${INTEGER}`, expression, from);
}

/**
 * How many of the first `limit` matches there are (in seq order) and the last seq among them:
 * read from FTS5 alone, without touching the items.
 */
export function ftsHead(
  db: Database,
  expression: string,
  limit: number,
): { count: number; lastSeq: number | null } {
  const [count, lastSeq] = prepared(db, `SELECT count(*), max(seq) FROM (${MATCHES} LIMIT ?)`, 'raw').get(
    expression,
    limit,
  ) as [number, number | null];
  return { count, lastSeq };
}
