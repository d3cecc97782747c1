// The total and the facet counts over the whole match set (query and filters), not just the page,
// in one pass: the match set is grouped by every requested facet column at once and the groups
// are summed per facet here, so the query (and its MATCH) runs once instead of once per facet.
import type { FacetBucket, FacetField } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import type { Sql } from './sql.ts';

const FACET_COLUMNS: Record<FacetField, string> = {
  source: 'i.source_id',
  language: 'i.language',
  country: 'i.country',
  domestic: "CASE i.domestic WHEN 1 THEN 'true' ELSE 'false' END",
};

/** The match set as a FROM clause over `items i` (perhaps joined, see run-search.ts) and a WHERE. */
export interface MatchSet {
  from: Sql;
  where: Sql;
}

export interface MatchCounts {
  total: number;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
}

export function countMatches(db: Database, set: MatchSet, fields: readonly FacetField[]): MatchCounts {
  const { from, where } = set;
  const unique = [...new Set(fields)];
  if (unique.length === 0) {
    const total = db
      .prepare(`SELECT count(*) FROM ${from.sql} WHERE ${where.sql}`)
      .pluck()
      .get(...from.params, ...where.params) as number;
    return { total, facets: {} };
  }
  const columns = unique.map((field) => FACET_COLUMNS[field]);
  const groups = db
    .prepare(`
      SELECT ${columns.join(', ')}, count(*) FROM ${from.sql}
      WHERE ${where.sql}
      GROUP BY ${columns.map((_, n) => n + 1).join(', ')}`)
    .raw()
    .all(...from.params, ...where.params) as unknown[][];
  let total = 0;
  const counts = unique.map(() => new Map<string, number>());
  for (const group of groups) {
    const count = group[unique.length] as number;
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
  unique.forEach((field, n) => {
    facets[field] = [...counts[n]!]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  });
  return { total, facets };
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
