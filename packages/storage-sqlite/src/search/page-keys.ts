// What a search page is found on: small keys (seq, time, id, rank), never the document, and
// keyset conditions for the rows after a cursor.
import type { SortKey } from './cursor.ts';
import { type Sql, sql } from './sql.ts';

export interface PageRow {
  seq: number;
  id: string;
  time: number;
  /** Lower is better (bm25's sign); 0 for hits without a text score. */
  rank: number;
}

export const INDEXED = sql('i.indexed = 1');
/**
 * With text in the query, rows are probed by seq for each FTS5 match: through the compact
 * covering index (migration 5), not the table, whose rows carry the whole document.
 */
export const BY_KEYS = 'items i INDEXED BY items_search';

/** Rows strictly after the cursor's key in the page order (keyset pagination). */
export function afterKey(key: SortKey, rank: string, byRank: boolean): Sql {
  const timeAndId = sql('(i.sort_time, i.id) < (?, ?)', key.time, key.id);
  if (!byRank) return timeAndId;
  return sql(`${rank} > ? OR (${rank} = ? AND ${timeAndId.sql})`, key.rank, key.rank, ...timeAndId.params);
}

export function sortKey(row: PageRow, scoring: string | null): SortKey {
  return scoring ? { time: row.time, id: row.id, rank: row.rank } : { time: row.time, id: row.id };
}

/** Page order: rank ascending, then newest, then id descending (the SQL ORDER BY, in JS). */
export function comparePageRows(a: PageRow, b: PageRow): number {
  return a.rank - b.rank || b.time - a.time || compareCodePoints(b.id, a.id);
}

/** SQLite's BINARY order of text (code points), which UTF-16 `<` differs from above U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** Whether `row` comes strictly after the cursor's key in page order. */
export function isAfter(row: PageRow, key: SortKey): boolean {
  return comparePageRows(row, { seq: 0, id: key.id, time: key.time, rank: key.rank ?? 0 }) > 0;
}
