// The search workload the storage bench (SQLite) and the search-engine bench share, so their
// figures compare: corpus articles as items, the bulk write as the pipeline does it, the queries.
import type { FacetField, Item, ItemStore, SearchIndex } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';
import { type CorpusArticle, type QueryTimes, timeSearch } from './support.ts';

export const QUERIES = ['biển', '"Quảng Trị"', '(biên giới OR "cửa khẩu") AND -bóng', 'quang tri', 'đầu tư*'];
export const BASIC_FACETS: FacetField[] = ['source', 'language', 'country', 'domestic'];
const TOPICS = ['sea', 'border', 'investment', 'human-rights'];

/**
 * A corpus article as an item of one of 40 sources over 600 days, one in five foreign. `scored`:
 * with topics, relevance and tone (for the topic, tone and relevance facets).
 */
export function corpusItem(article: CorpusArticle, index: number, scored = false): Item {
  const day = new Date(
    Date.UTC(2025, 0, 1) + (index % 600) * 86_400_000 + (index % 1440) * 60_000,
  ).toISOString();
  const source = `src-${index % 40}`;
  return {
    id: `bench-${index}`,
    url: article.url ?? `https://example.vn/${article.id}`,
    canonicalUrl: article.url ?? `https://example.vn/${article.id}`,
    sourceId: source,
    sourceName: source,
    title: normalizeText(article.title),
    byline: null,
    publishedAt: day,
    fetchedAt: day,
    language: 'vi',
    country: index % 5 === 0 ? 'us' : 'vn',
    domestic: index % 5 !== 0,
    text: normalizeText(article.text),
    summary: null,
    topics: scored && index % 3 !== 0 ? [{ topic: TOPICS[index % 4]!, score: 0.5, matched: [] }] : [],
    relevance: scored ? (index % 10) / 10 : null,
    tone: scored ? ((index % 7) - 3) / 4 : null,
    clusterId: null,
  };
}

/** Writes `items` in batches as the pipeline does (upsertMany, then indexMany); ms spent in each. */
export async function writeItems(
  storage: { items: Pick<ItemStore, 'upsertMany'>; search: Pick<SearchIndex, 'indexMany'> },
  items: Item[],
  batchSize: number,
): Promise<{ upsertMs: number; indexMs: number }> {
  let upsertMs = 0;
  let indexMs = 0;
  for (let i = 0; i < items.length; i += batchSize) {
    const batch = items.slice(i, i + batchSize);
    const t0 = performance.now();
    await storage.items.upsertMany(batch);
    const t1 = performance.now();
    await storage.search.indexMany(batch);
    upsertMs += t1 - t0;
    indexMs += performance.now() - t1;
  }
  return { upsertMs, indexMs };
}

/** Times every query of QUERIES sorted by time and by relevance. */
export async function timeQueries(
  index: Pick<SearchIndex, 'search'>,
  options: { facets: FacetField[]; runs: number },
): Promise<{ query: string; sort: 'time' | 'relevance'; times: QueryTimes }[]> {
  const out: { query: string; sort: 'time' | 'relevance'; times: QueryTimes }[] = [];
  for (const query of QUERIES) {
    for (const sort of ['time', 'relevance'] as const) {
      out.push({ query, sort, times: await timeSearch(index, query, { sort, ...options }) });
    }
  }
  return out;
}
