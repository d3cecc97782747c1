// Values tests/support/global-setup.ts provides to every test file through `inject`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    /**
     * The OpenSearch test node (or SEARCH_URL); '' when unavailable. Requests wait until the node
     * is up: call waitForSearchNode(url) from tests/support/search-node.ts in beforeAll.
     */
    searchUrl: string;
    /** The same node through the Elasticsearch 8 compatibility proxy; '' when unavailable. */
    searchEsCompatUrl: string;
    /** Why there is no search node ('' when there is one): tests that need it skip with this. */
    searchUnavailable: string;
  }
}
