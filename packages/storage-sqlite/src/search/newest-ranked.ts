// Relevance beyond the exact-count bound, for a query that is one FTS5 MATCH: the matches among the
// newest seqs (a span expected to hold ~RANKED_MATCHES of them, run-search.ts) ranked by BM25
// computed on that span alone. FTS5's bm25() would cost a walk of every phrase's whole posting
// list to count its documents (30–120 ms at a million items, whatever the page), so:
//
//   - which matches hit the title and which the body: the same expression restricted to the title
//     columns and to the body columns (FTS5 intersects nested column filters), read over the span;
//   - a hit counts once per column group (term frequency 1), weighted as bm25() weighs the columns
//     (title 10, body 1), normalised by the column's length (items_fts_docsize) against the
//     average (items_fts_data's averages record), k1 = 1.2, b = 0.75 as FTS5;
//   - the inverse document frequency is the span's: its items and its matches.
//
// The order is approximate (flagged by the caller: totals are estimates whenever this runs):
// best first, then newest; ties are common, since occurrences beyond the first are not counted.
import type { Database } from 'better-sqlite3';
import type { SortKey } from './cursor.ts';
import { ftsRowidsFrom } from './fts-rowids.ts';
import { BY_KEYS, comparePageRows, INDEXED, isAfter, type PageRow } from './page-keys.ts';
import { joinSql, type Sql } from './sql.ts';
import { prepared } from './statements.ts';

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

/** The newest span of seqs: [from, from + items). */
export interface NewestSpan {
  from: number;
  items: number;
}

interface Candidate extends PageRow {
  sz: Buffer | null;
}

export function fetchNewestRanked(
  db: Database,
  expression: string,
  filters: Sql[],
  after: SortKey | null,
  limit: number,
  span: NewestSpan,
): PageRow[] {
  const matches = ftsRowidsFrom(expression, span.from);
  const where = joinSql([INDEXED, ...filters], 'AND');
  const candidates = prepared(
    db,
    `
      SELECT i.seq AS seq, i.id AS id, i.sort_time AS time, 0.0 AS rank, d.sz AS sz
      FROM (${matches.sql}) m CROSS JOIN ${BY_KEYS} ON i.seq = m.seq
      LEFT JOIN items_fts_docsize d ON d.id = m.seq
      WHERE ${where.sql}`,
  ).all(...matches.params, ...where.params) as Candidate[];
  if (candidates.length === 0) return [];
  const inTitle = seqsOf(db, `{title title_folded} : (${expression})`, span.from);
  const inBody = seqsOf(db, `{text text_folded} : (${expression})`, span.from);
  const hits = new Set([...inTitle, ...inBody]).size;
  const idf = Math.log(1 + (span.items - hits + 0.5) / (hits + 0.5));
  const [avgTitle, avgBody] = columnAverages(db);
  const rows: PageRow[] = [];
  for (const candidate of candidates) {
    const [title, body] = candidate.sz ? varints(candidate.sz, 2) : [avgTitle, avgBody];
    let score = 0;
    if (inTitle.has(candidate.seq)) score += TITLE_WEIGHT * saturation(title ?? avgTitle, avgTitle);
    // A match across the columns only (`a AND b`, a in the title, b in the body) counts as a body hit.
    if (inBody.has(candidate.seq) || score === 0) score += BODY_WEIGHT * saturation(body ?? avgBody, avgBody);
    const row = { seq: candidate.seq, id: candidate.id, time: candidate.time, rank: -(idf * score) };
    if (!after || isAfter(row, after)) rows.push(row);
  }
  return rows.sort(comparePageRows).slice(0, limit);
}

/** BM25's term part for one occurrence in a column of `length` tokens (average `average`). */
function saturation(length: number, average: number): number {
  return (K1 + 1) / (1 + K1 * (1 - B + (B * length) / Math.max(average, 1)));
}

function seqsOf(db: Database, expression: string, from: number): Set<number> {
  const matches = ftsRowidsFrom(expression, from);
  return new Set(prepared(db, matches.sql, 'pluck').all(...matches.params) as number[]);
}

/** Average tokens of the title and text columns, from FTS5's averages record (rowid 1). */
function columnAverages(db: Database): [number, number] {
  const block = prepared(db, 'SELECT block FROM items_fts_data WHERE id = 1', 'pluck').get() as
    | Buffer
    | undefined;
  if (!block) return [1, 1];
  const [rows = 0, title = 0, text = 0] = varints(block, 3);
  return rows > 0 ? [title / rows, text / rows] : [1, 1];
}

/** The first `count` SQLite varints of `bytes` (big-endian 7-bit groups; a 9th byte holds 8 bits). */
function varints(bytes: Buffer, count: number): number[] {
  const out: number[] = [];
  let at = 0;
  while (out.length < count && at < bytes.length) {
    let value = 0;
    for (let n = 0; n < 9 && at < bytes.length; n++) {
      const byte = bytes[at++]!;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) break;
    }
    out.push(value);
  }
  return out;
}
