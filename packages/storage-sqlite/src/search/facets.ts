// The total and the facet counts over the whole match set (query and filters), not just the page,
// in one pass: the match set is grouped by every requested facet column at once and the groups
// are summed per facet here, so the query (and its MATCH) runs once instead of once per facet.
// Tone and relevance bands join item_scores (one row per item) into that pass; topics are
// multi-valued (an item counts once per topic), so they are counted in a second pass over
// item_topics.
import type { FacetBucket, FacetField } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { BANDS, bandKey } from './score-bands.ts';
import type { Sql } from './sql.ts';
import { prepared } from './statements.ts';

type GroupedField = Exclude<FacetField, 'topic'>;

const FACET_COLUMNS: Record<GroupedField, string> = {
  source: 'i.source_id',
  language: 'i.language',
  country: 'i.country',
  domestic: "CASE i.domestic WHEN 1 THEN 'true' ELSE 'false' END",
  tone: bandKey('sc.tone', BANDS.tone),
  relevance: bandKey('sc.relevance', BANDS.relevance),
};
const SCORES_JOIN = ' LEFT JOIN item_scores sc ON sc.seq = i.seq';

/** The match set as a FROM clause over `items i` (perhaps joined, see run-search.ts) and a WHERE. */
export interface MatchSet {
  from: Sql;
  where: Sql;
}

export interface MatchCounts {
  total: number;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
}

/**
 * Counts of at most `limit` matches (all when absent), and the largest seq among those counted
 * (rows come in about seq order: how far into the store `limit` matches reach).
 */
export function countMatches(
  db: Database,
  set: MatchSet,
  fields: readonly FacetField[],
  limit?: number,
): MatchCounts & { lastSeq: number | null } {
  const unique = [...new Set(fields)];
  const grouped = unique.filter((field): field is GroupedField => field !== 'topic');
  const topics = unique.includes('topic');
  const scored = grouped.includes('tone') || grouped.includes('relevance');
  const from = scored ? { sql: set.from.sql + SCORES_JOIN, params: set.from.params } : set.from;
  const params = [...from.params, ...set.where.params, limit ?? -1];
  const keys = grouped.map((field, n) => `${FACET_COLUMNS[field]} AS k${n}`);
  const names = grouped.map((_, n) => `k${n}`);
  const groupBy = names.length > 0 ? `GROUP BY ${names.join(', ')}` : '';
  const matches = `SELECT ${['i.seq AS seq', ...keys].join(', ')} FROM ${from.sql} WHERE ${set.where.sql} LIMIT ?`;
  if (!topics) {
    const rows = prepared(
      db,
      `SELECT ${[...names, 'NULL', 'count(*)', 'max(seq)'].join(', ')} FROM (${matches}) ${groupBy}`,
      'raw',
    ).all(...params) as unknown[][];
    return { ...sumGroups(rows, grouped), lastSeq: lastSeqOf(rows, grouped.length) };
  }
  // With topics: the match set is computed once (MATERIALIZED) and read twice, grouped by the
  // other facets, then joined to item_topics (rows with a topic are the topic counts).
  const rows = prepared(
    db,
    `
      WITH m AS MATERIALIZED (${matches})
      SELECT ${[...names, 'NULL', 'count(*)', 'max(seq)'].join(', ')} FROM m ${groupBy}
      UNION ALL
      SELECT ${[...names.map(() => 'NULL'), 't.topic', 'count(*)', 'NULL'].join(', ')}
      FROM m CROSS JOIN item_topics t ON t.seq = m.seq GROUP BY t.topic`,
    'raw',
  ).all(...params) as unknown[][];
  const n = grouped.length;
  const counts = sumGroups(
    rows.filter((row) => row[n] === null),
    grouped,
  );
  const lastSeq = lastSeqOf(
    rows.filter((row) => row[n] === null),
    n,
  );
  counts.facets.topic = rows
    .filter((row) => row[n] !== null)
    .map((row) => ({ value: String(row[n]), count: row[n + 1] as number }))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  return { ...counts, lastSeq };
}

function lastSeqOf(groups: unknown[][], fieldCount: number): number | null {
  let last: number | null = null;
  for (const group of groups) {
    const seq = group[fieldCount + 2] as number | null;
    if (seq !== null && (last === null || seq > last)) last = seq;
  }
  return last;
}

/** Rows [k0, …, k(n-1), topic (unused), count] → the total and each facet's buckets. */
function sumGroups(groups: unknown[][], fields: readonly GroupedField[]): MatchCounts {
  let total = 0;
  const counts = fields.map(() => new Map<string, number>());
  for (const group of groups) {
    const count = group[fields.length + 1] as number;
    total += count;
    counts.forEach((byValue, n) => {
      const value = group[n];
      if (value !== null && value !== undefined) {
        const key = String(value);
        byValue.set(key, (byValue.get(key) ?? 0) + count);
      }
    });
  }
  const facets: MatchCounts['facets'] = {};
  fields.forEach((field, n) => {
    const buckets = [...counts[n]!].map(([value, count]) => ({ value, count }));
    facets[field] =
      field === 'tone' || field === 'relevance'
        ? inBandOrder(buckets, field)
        : buckets.sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  });
  return { total, facets };
}

/** Band facets list their bands in the domain's order (TONE_BANDS, RELEVANCE_BANDS), not by count. */
function inBandOrder(buckets: FacetBucket[], field: 'tone' | 'relevance'): FacetBucket[] {
  const order = BANDS[field].map((band) => band.key);
  return buckets.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

/** SQLite's BINARY order (UTF-8 bytes, i.e. code points), which UTF-16 `<` differs from above U+FFFF. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}
