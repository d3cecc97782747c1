// The backends of the notifier-group contract suites (webhooks, deliveries, digests, activity
// counts, audit log, feedback): SQLite over a file in a temp dir, and the search engine over a
// fresh index prefix on the test node (OpenSearch client). `second()` opens the same data again
// as another process would (a second SQLite connection, a second engine client on the prefix).
// The set-up itself lives in store-backends.ts.
import { createNotifierGroup, type NotifierGroup } from '@presswatch/storage-search';
import { type BackendAdapter, type StoreBackend, storeAdapters } from './store-backends.ts';

export { reportMissingSearchNode, useBackend as useNotifierBackend } from './store-backends.ts';

export type NotifierStores = NotifierGroup;
export type NotifierBackend = StoreBackend<NotifierStores>;
export type NotifierAdapter = BackendAdapter<NotifierBackend>;

export const NOTIFIER_ADAPTERS: NotifierAdapter[] = storeAdapters<NotifierStores>({
  label: 'notifier-stores',
  fromSqlite: (storage) => storage,
  createEngineGroup: createNotifierGroup,
  engines: ['opensearch'],
});
