// Streamed exports: the search is read page by page through its cursor and each page is written
// out before the next is fetched, so memory holds about one page whatever the export's size. The
// stream is byte-based with a small buffer: a slow client pauses the paging (backpressure).
import { Readable } from 'node:stream';
import type { Item, SearchIndex, SearchRequest } from '@presswatch/domain';

export interface ExportRequest {
  query: SearchRequest['query'];
  filters: SearchRequest['filters'];
  sort: 'time' | 'relevance';
  /** Items per page fetched from the index. */
  pageSize: number;
  /** Stop after this many items. */
  max: number;
}

export interface ItemEncoder {
  header: string;
  encode(item: Item): string;
}

/** Pages of the search, in order, until the cursor runs out or `max` items were read. */
export async function* itemPages(search: SearchIndex, request: ExportRequest): AsyncGenerator<Item[]> {
  let cursor: string | null = null;
  let read = 0;
  do {
    const page = await search.search({
      query: request.query,
      filters: request.filters,
      sort: request.sort,
      limit: Math.min(request.pageSize, request.max - read),
      cursor,
      highlight: false,
    });
    read += page.hits.length;
    yield page.hits.map((hit) => hit.item);
    cursor = page.nextCursor;
  } while (cursor && read < request.max);
}

/**
 * Reads the first page before returning, so a bad query or cursor is still an ordinary error
 * (a problem+json answer) rather than a broken download.
 */
export async function openExport(
  search: SearchIndex,
  request: ExportRequest,
  encoder: ItemEncoder,
): Promise<Readable> {
  const pages = itemPages(search, request);
  const first = await pages.next();
  async function* chunks(): AsyncGenerator<string> {
    yield encoder.header;
    if (first.done) return;
    yield first.value.map(encoder.encode).join('');
    for await (const page of pages) yield page.map(encoder.encode).join('');
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
}
