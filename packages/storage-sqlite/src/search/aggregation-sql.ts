// The SQL of aggregations: grouped counts over key expressions, range sums and bucket samples.
// Keys are computed once in an inner SELECT (with their parameters), then grouped by position.
// The match set is read through items_search (migration 005: the searchable rows' keys, ~60 a
// page) rather than the items table, whose rows carry whole documents.
import type { Aggregation, AggregationBucket, Item } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { type KeySpec, numericKey } from './aggregation-keys.ts';
import type { Sql } from './sql.ts';

export const MATCH_SET_FROM = 'items i INDEXED BY items_search';

function innerSelect(specs: KeySpec[], where: Sql): Sql {
  const columns = specs.map((spec, i) => `${spec.key} AS k${i}`);
  const joins = specs.map((spec) => spec.join).filter(Boolean);
  return {
    sql: `SELECT ${columns.join(', ') || '1'} FROM ${MATCH_SET_FROM} ${joins.join(' ')} WHERE ${where.sql}`,
    params: [...specs.flatMap((spec) => spec.params), ...where.params],
  };
}

/** Rows [k0, …, kn, count] grouped by every key; with `top`, only the `top` largest groups. */
export function groupCounts(db: Database, where: Sql, specs: KeySpec[], top: number | null): unknown[][] {
  const inner = innerSelect(specs, where);
  const names = specs.map((_, i) => `k${i}`);
  const order = top === null ? '' : `ORDER BY count(*) DESC, ${names.at(-1)} ASC LIMIT ?`;
  const statement = db.prepare(`
    SELECT ${names.join(', ')}, count(*) FROM (${inner.sql})
    WHERE ${names.map((name) => `${name} IS NOT NULL`).join(' AND ')}
    GROUP BY ${names.join(', ')} ${order}`);
  return statement.raw().all(...inner.params, ...(top === null ? [] : [top])) as unknown[][];
}

/** Rows [k0, …, k(n-1), sum0, sum1, …]: per parent group, how many values fall in each range. */
export function rangeCounts(
  db: Database,
  where: Sql,
  parents: KeySpec[],
  aggregation: Extract<Aggregation, { type: 'range' }>,
): unknown[][] {
  const value = numericKey(aggregation.field, parents.length);
  const inner = innerSelect([...parents, value], where);
  const names = parents.map((_, i) => `k${i}`);
  const v = `k${parents.length}`;
  const params: unknown[] = [];
  const sums = aggregation.ranges.map((range) => {
    const conditions: string[] = [];
    if (range.from !== undefined) {
      conditions.push(`${v} >= ?`);
      params.push(range.from);
    }
    if (range.to !== undefined) {
      conditions.push(`${v} < ?`);
      params.push(range.to);
    }
    return `sum(${conditions.join(' AND ') || '1'})`;
  });
  const nonNull = [v, ...names].map((name) => `${name} IS NOT NULL`);
  const statement = db.prepare(`
    SELECT ${[...names, ...sums].join(', ')} FROM (${inner.sql})
    WHERE ${nonNull.join(' AND ')} ${names.length ? `GROUP BY ${names.join(', ')}` : ''}`);
  return statement.raw().all(...params, ...inner.params) as unknown[][];
}

/** The newest item of a bucket (e.g. the headline of a story cluster). */
export function sampleItem(
  db: Database,
  where: Sql,
  spec: KeySpec,
  key: string,
): AggregationBucket['sample'] | null {
  const doc = db
    .prepare(
      // A plain JOIN here: the planner may start from the key's index (one bucket, not the set).
      `SELECT i.doc FROM items i ${spec.join.replace('CROSS JOIN', 'JOIN')} WHERE ${where.sql} AND ${spec.key} = ?
       ORDER BY i.sort_time DESC, i.id DESC LIMIT 1`,
    )
    .pluck()
    .get(...where.params, ...spec.params, key) as string | undefined;
  if (!doc) return null;
  const item = JSON.parse(doc) as Item;
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    sourceName: item.sourceName,
    publishedAt: item.publishedAt,
  };
}
