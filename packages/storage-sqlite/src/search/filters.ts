// SearchFilters → SQL predicates over `items i`. An empty list means "no restriction".
import { bandsOf, type SearchFilters } from '@presswatch/domain';
import { toMillis } from '../items/item-rows.ts';
import { BANDS, bandCondition, type ScoreColumn } from './score-bands.ts';
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
  if (filters.topics && filters.topics.length > 0) {
    // item_topics_by_topic (migration 007) finds a topic's items without reading documents.
    parts.push(
      sql(
        'i.seq IN (SELECT seq FROM item_topics WHERE topic IN (SELECT value FROM json_each(?)))',
        JSON.stringify(filters.topics),
      ),
    );
  }
  const tone = scoreFilter('tone', filters.tones);
  if (tone) parts.push(tone);
  const relevance = scoreFilter('relevance', filters.relevance);
  if (relevance) parts.push(relevance);
  if (filters.from) parts.push(sql('i.sort_time >= ?', requireMillis(filters.from, 'from')));
  if (filters.to) parts.push(sql('i.sort_time <= ?', requireMillis(filters.to, 'to')));
  return parts;
}

/** Items whose score falls in any of the named bands: one item_scores row read per candidate. */
function scoreFilter(column: ScoreColumn, keys: readonly string[] | undefined): Sql | null {
  if (!keys || keys.length === 0) return null;
  const bands = bandsOf(BANDS[column], keys);
  const any = bands.map((band) => `(${bandCondition(`fs.${column}`, band)})`).join(' OR ') || '0';
  return sql(`EXISTS (SELECT 1 FROM item_scores fs WHERE fs.seq = i.seq AND (${any}))`);
}

function requireMillis(iso: string, name: string): number {
  const ms = toMillis(iso);
  if (ms === null) throw new RangeError(`filter ${name} is not a timestamp: ${iso}`);
  return ms;
}
