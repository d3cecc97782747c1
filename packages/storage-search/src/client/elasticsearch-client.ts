// EngineClient over @elastic/elasticsearch 8.x: request bodies are flattened into the
// parameters and responses are the body itself. The client checks that the server says it is
// Elasticsearch (X-Elastic-Product) and sends vendored media types; against OpenSearch it only
// works through a compatibility proxy (tests/support/es-compat-proxy.ts).
import { Client } from '@elastic/elasticsearch';
import type { EngineClient } from './engine-client.ts';
import { engineClientOver } from './engine-wire.ts';

export function createElasticsearchClient(url: string): EngineClient {
  const client = new Client({ node: url });
  return engineClientOver({
    kind: 'elasticsearch',
    unwrap: (response) => response,
    search: (index, body, dfs) =>
      client.search({ index, ...body, ...(dfs && { search_type: 'dfs_query_then_fetch' as const }) }),
    bulk: (operations, refresh) => client.bulk({ operations: operations as never, refresh }),
    get: (index, id) => client.get({ index, id }),
    mget: (index, ids) => client.mget({ index, ids }),
    index: (index, id, doc, params) => client.index({ index, id, document: doc, ...params }),
    delete: (index, id, params) => client.delete({ index, id, ...params }),
    count: (index, query) => client.count({ index, ...(query && { query }) }),
    deleteByQuery: (index, query, refresh) =>
      client.deleteByQuery({ index, query, refresh, conflicts: 'proceed' }),
    createIndex: (name, body) => client.indices.create({ index: name, ...body }),
    putIndexTemplate: (name, body) => client.indices.putIndexTemplate({ name, ...body }),
    refresh: (index) => client.indices.refresh({ index, ignore_unavailable: true }),
    deleteIndex: (pattern) => client.indices.delete({ index: pattern, ignore_unavailable: true }),
    deleteIndexTemplate: (name) => client.indices.deleteIndexTemplate({ name }),
    health: (params) => client.cluster.health(params),
    close: () => client.close(),
  });
}
