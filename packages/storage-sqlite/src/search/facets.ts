// Facet counts over the whole match set (query and filters), not just the page.
import type { FacetBucket, FacetField } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import type { Sql } from './sql.ts';

const FACET_COLUMNS: Record<FacetField, string> = {
  source: 'i.source_id',
  language: 'i.language',
  country: 'i.country',
  domestic: "CASE i.domestic WHEN 1 THEN 'true' ELSE 'false' END",
};

export function countFacets(
  db: Database,
  fields: readonly FacetField[],
  where: Sql,
): Partial<Record<FacetField, FacetBucket[]>> {
  const facets: Partial<Record<FacetField, FacetBucket[]>> = {};
  for (const field of new Set(fields)) {
    const column = FACET_COLUMNS[field];
    const statement = db.prepare(`
      SELECT ${column} AS value, count(*) AS count FROM items i
      WHERE ${where.sql} AND ${column} IS NOT NULL
      GROUP BY 1 ORDER BY count DESC, value ASC`);
    facets[field] = statement.all(...where.params) as FacetBucket[];
  }
  return facets;
}
