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
export { ForeignKeyError, UniqueConstraintError } from './repositories/accounts/constraint-errors.ts';
export {
  ACCOUNTS_COLLECTIONS,
  type AccountsGroup,
  createAccountsGroup,
} from './repositories/accounts-group.ts';
export {
  CRAWL_GROUP_COLLECTIONS,
  type CrawlGroup,
  type CrawlGroupOptions,
  createCrawlGroup,
} from './repositories/crawl-group.ts';
export {
  createNotifierGroup,
  NOTIFIER_COLLECTIONS,
  type NotifierGroup,
} from './repositories/notifier-group.ts';
