// EngineClient over @opensearch-project/opensearch: request bodies go in `body`, responses come
// back as `{ body }`.
import { Client } from '@opensearch-project/opensearch';
import type { EngineClient } from './engine-client.ts';
import { engineClientOver } from './engine-wire.ts';

export function createOpenSearchClient(url: string): EngineClient {
  const client = new Client({ node: url });
  return engineClientOver({
    kind: 'opensearch',
    unwrap: (response) => (response as { body: unknown }).body,
    search: (index, body, dfs) =>
      client.search({ index, body: body as never, ...(dfs && { search_type: 'dfs_query_then_fetch' }) }),
    bulk: (operations, refresh) => client.bulk({ body: operations as never, refresh: refresh as never }),
    get: (index, id) => client.get({ index, id }),
    mget: (index, ids) => client.mget({ index, body: { ids } }),
    index: (index, id, doc, { refresh, ...params }) =>
      client.index({
        index,
        id,
        body: doc,
        ...params,
        ...(refresh !== undefined && { refresh: refresh as never }),
      }),
    delete: (index, id, { refresh, ...params }) =>
      client.delete({ index, id, ...params, ...(refresh !== undefined && { refresh: refresh as never }) }),
    count: (index, query) => client.count({ index, ...(query && { body: { query } as never }) }),
    deleteByQuery: (index, query, refresh) =>
      client.deleteByQuery({ index, body: { query } as never, refresh, conflicts: 'proceed' }),
    createIndex: (name, body) => client.indices.create({ index: name, ...(body && { body: body as never }) }),
    putIndexTemplate: (name, body) => client.indices.putIndexTemplate({ name, body: body as never }),
    refresh: (index) => client.indices.refresh({ index, ignore_unavailable: true }),
    deleteIndex: (pattern) => client.indices.delete({ index: pattern, ignore_unavailable: true }),
    deleteIndexTemplate: (name) => client.indices.deleteIndexTemplate({ name }),
    health: (params) => client.cluster.health(params ?? {}),
    close: () => client.close(),
  });
}
