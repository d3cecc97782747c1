// The same small scenario driven through each client the adapter supports: the OpenSearch client
// straight at the node, and the Elasticsearch 8 client through the compatibility proxy.
import { Client as ElasticClient } from '@elastic/elasticsearch';
import { Client as OpenSearchClient } from '@opensearch-project/opensearch';

export interface EngineDriver {
  createIndex(index: string, settings: object, mappings: object): Promise<void>;
  bulkIndex(index: string, docs: Record<string, object>): Promise<void>;
  /** Ids of the documents matching `query`, sorted. */
  searchIds(index: string, query: object): Promise<string[]>;
  analyze(index: string, analyzer: string, text: string): Promise<string[]>;
  deleteIndex(index: string): Promise<void>;
  close(): Promise<void>;
}

interface Hit {
  _id?: string | null;
}

const sortedIds = (hits: Hit[]) => hits.map((hit) => String(hit._id)).sort();

export function openSearchDriver(url: string): EngineDriver {
  const client = new OpenSearchClient({ node: url });
  return {
    async createIndex(index, settings, mappings) {
      await client.indices.create({ index, body: { settings, mappings } });
    },
    async bulkIndex(index, docs) {
      const body = Object.entries(docs).flatMap(([id, doc]) => [{ index: { _index: index, _id: id } }, doc]);
      const { body: result } = await client.bulk({ body, refresh: true });
      if (result.errors) throw new Error(`bulk failed: ${JSON.stringify(result.items)}`);
    },
    async searchIds(index, query) {
      const { body } = await client.search({ index, body: { query } });
      return sortedIds(body.hits.hits);
    },
    async analyze(index, analyzer, text) {
      const { body } = await client.indices.analyze({ index, body: { analyzer, text } });
      return (body.tokens ?? []).map((token) => token.token);
    },
    async deleteIndex(index) {
      await client.indices.delete({ index, ignore_unavailable: true });
    },
    close: () => client.close(),
  };
}

export function elasticsearchDriver(url: string): EngineDriver {
  const client = new ElasticClient({ node: url });
  return {
    async createIndex(index, settings, mappings) {
      await client.indices.create({ index, settings, mappings });
    },
    async bulkIndex(index, docs) {
      const operations = Object.entries(docs).flatMap(([id, doc]) => [
        { index: { _index: index, _id: id } },
        doc,
      ]);
      const result = await client.bulk({ operations, refresh: true });
      if (result.errors) throw new Error(`bulk failed: ${JSON.stringify(result.items)}`);
    },
    async searchIds(index, query) {
      const result = await client.search({ index, query });
      return sortedIds(result.hits.hits);
    },
    async analyze(index, analyzer, text) {
      const result = await client.indices.analyze({ index, analyzer, text });
      return (result.tokens ?? []).map((token) => token.token);
    },
    async deleteIndex(index) {
      await client.indices.delete({ index, ignore_unavailable: true });
    },
    close: () => client.close(),
  };
}
