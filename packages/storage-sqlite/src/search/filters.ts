// SearchFilters → SQL predicates over `items i`. An empty list means "no restriction".
import type { SearchFilters } from '@presswatch/domain';
import { toMillis } from '../items/item-rows.ts';
import { type Sql, sql } from './sql.ts';

export function compileFilters(filters: SearchFilters | undefined): Sql[] {
  if (!filters) return [];
  const parts: Sql[] = [];
  const inList = (column: string, values: string[] | undefined) => {
    if (values && values.length > 0) {
      parts.push(sql(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values)));
    }
  };
  inList('i.source_id', filters.sourceIds);
  inList('i.language', filters.languages);
  inList('i.country', filters.countries);
  if (filters.domestic !== undefined) parts.push(sql('i.domestic = ?', filters.domestic ? 1 : 0));
  if (filters.from) parts.push(sql('i.sort_time >= ?', requireMillis(filters.from, 'from')));
  if (filters.to) parts.push(sql('i.sort_time <= ?', requireMillis(filters.to, 'to')));
  return parts;
}

function requireMillis(iso: string, name: string): number {
  const ms = toMillis(iso);
  if (ms === null) throw new RangeError(`filter ${name} is not a timestamp: ${iso}`);
  return ms;
}
