// The backends of the crawl-group contract suites (sources, documents, rules, WebSub, URL aliases,
// saved searches): SQLite over a file in a temp dir, and the search engine over a fresh index
// prefix on the test node, through the OpenSearch client and through the Elasticsearch client (via
// the compatibility proxy). `second()` opens the same data again as another process would (a
// second SQLite connection to the file, a second engine client on the prefix), for the tests where
// two writers race. The set-up itself lives in store-backends.ts.
import { type CrawlGroup, createCrawlGroup } from '@presswatch/storage-search';
import { type BackendAdapter, type StoreBackend, storeAdapters } from './store-backends.ts';

export { reportMissingSearchNode, useBackend } from './store-backends.ts';

/** The crawl group's stores, the same on either backend. */
export type CrawlStores = CrawlGroup;

export type CrawlBackend = StoreBackend<CrawlStores>;
export type CrawlAdapter = BackendAdapter<CrawlBackend>;

export const CRAWL_ADAPTERS: CrawlAdapter[] = storeAdapters<CrawlStores>({
  label: 'crawl-stores',
  fromSqlite: (storage) => storage,
  createEngineGroup: createCrawlGroup,
});
