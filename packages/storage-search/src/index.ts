export { createElasticsearchClient } from './client/elasticsearch-client.ts';
export { type EngineClient, EngineError, type EngineKind } from './client/engine-client.ts';
export { createOpenSearchClient } from './client/opensearch-client.ts';
export { BulkWriteError } from './items/bulk-writer.ts';
export { itemIndexLayout, itemIndexTemplate } from './items/index-layout.ts';
export {
  createEngineClient,
  type EngineHealth,
  openSearchEngineStorage,
  type SearchEngineStorage,
  type SearchEngineStorageOptions,
} from './open.ts';
export { type CompiledQuery, compileQuery } from './query/compile-query.ts';
