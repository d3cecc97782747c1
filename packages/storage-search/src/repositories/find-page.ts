// One page of a list with an opaque search_after cursor, as every paged list port returns it:
// `limit` hits plus a cursor to the next page, or null when this page is the last. One more hit
// than `limit` is fetched to know whether another page follows.
import {
  type Collection,
  decodeSortCursor,
  encodeSortCursor,
  type FindQuery,
  type Hit,
} from '../collection/index.ts';

export interface PageQuery extends Omit<FindQuery, 'size' | 'searchAfter'> {
  /** Tags the cursor with its list, so a cursor of another list is refused. */
  tag: string;
  limit: number;
  /** The previous page's nextCursor; absent or empty for the first page. */
  cursor?: string | null;
  /** Reads a cursor into sort values; default decodeSortCursor with `tag` (an InvalidCursorError). */
  decodeCursor?: (cursor: string) => unknown[];
}

export async function findPage<T extends object>(
  collection: Collection<T>,
  query: PageQuery,
): Promise<{ hits: Hit<T>[]; nextCursor: string | null }> {
  const { tag, limit, cursor, decodeCursor, ...find } = query;
  const after = cursor ? (decodeCursor ?? ((c: string) => decodeSortCursor(tag, c)))(cursor) : undefined;
  const hits = await collection.find({ ...find, size: limit + 1, ...(after && { searchAfter: after }) });
  const page = hits.slice(0, limit);
  const last = page.at(-1);
  return { hits: page, nextCursor: hits.length > limit && last ? encodeSortCursor(tag, last.sort) : null };
}
