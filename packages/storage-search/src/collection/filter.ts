// The small, typed subset of the query DSL the collections filter with: every clause must hold
// (bool filter), every `not` clause must not. Values are the stored field values (keyword,
// number, boolean or ISO date string).
export type Scalar = string | number | boolean;

export interface RangeBounds {
  gt?: Scalar;
  gte?: Scalar;
  lt?: Scalar;
  lte?: Scalar;
}

export type Clause =
  | { term: Record<string, Scalar> }
  | { terms: Record<string, Scalar[]> }
  | { range: Record<string, RangeBounds> }
  | { exists: { field: string } }
  | { prefix: Record<string, string> };

export interface Filter {
  /** Clauses that must all hold. */
  where?: Clause[];
  /** Clauses none of which may hold. */
  not?: Clause[];
}

export type SortOrder = 'asc' | 'desc';
/** One sort key per entry, e.g. `[{ created_at: 'desc' }, { id: 'desc' }]`. */
export type Sort = Record<string, SortOrder>[];

/** The bool query for a filter (match_all when it has no clauses). */
export function filterQuery(filter: Filter = {}): Record<string, unknown> {
  const where = filter.where ?? [];
  const not = filter.not ?? [];
  if (where.length === 0 && not.length === 0) return { match_all: {} };
  return { bool: { filter: where, must_not: not } };
}

/**
 * The sort with the document key appended as a tiebreaker, so search_after pages are stable
 * (the engine cannot sort on _id without fielddata; the collection keeps its own keyword copy).
 */
export function stableSort(sort: Sort, keyField: string): Sort {
  if (sort.some((entry) => keyField in entry)) return sort;
  const last = sort.length > 0 ? Object.values(sort[sort.length - 1] ?? {})[0] : 'asc';
  return [...sort, { [keyField]: last ?? 'asc' }];
}
