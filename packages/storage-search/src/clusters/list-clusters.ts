// Story clusters newest first or largest first, filtered on last sight and size, paged with the
// SQLite adapter's cursor shape ([size, lastSeen, id], base64url JSON). Reads see the last refresh.
import { type ClusterListOptions, InvalidCursorError, type StoryCluster } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';

export async function listClusters(
  client: EngineClient,
  index: string,
  options: ClusterListOptions,
): Promise<{ clusters: StoryCluster[]; nextCursor: string | null }> {
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const bySize = options.sort === 'size';
  const filter = [
    ...(options.since ? [{ range: { last_seen: { gte: Date.parse(options.since) } } }] : []),
    ...(options.minSize ? [{ range: { size: { gte: options.minSize } } }] : []),
  ];
  const response = await client.search(index, {
    query: { bool: { filter } },
    sort: [...(bySize ? [{ size: 'desc' }] : []), { last_seen: 'desc' }, { id: 'desc' }],
    size: options.limit + 1,
    _source: ['cluster', 'size', 'last_seen', 'id'],
    ...(after && { search_after: bySize ? after : after.slice(1) }),
  });
  const rows = response.hits.hits;
  const page = rows.slice(0, options.limit);
  const last = page.at(-1)?._source;
  return {
    clusters: page.map((hit) => hit._source?.cluster as StoryCluster),
    nextCursor:
      rows.length > options.limit && last
        ? Buffer.from(JSON.stringify([last.size, last.last_seen, last.id])).toString('base64url')
        : null,
  };
}

function decodeCursor(cursor: string): [number, number, string] {
  try {
    const [size, lastSeen, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isSafeInteger(size) && Number.isSafeInteger(lastSeen) && typeof id === 'string') {
      return [size as number, lastSeen as number, id];
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('Invalid cursor');
}
