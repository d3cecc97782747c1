// The search-engine storage of the distributed mode: every store (items and their search index,
// clusters, alerts, and the crawl, notifier and accounts groups) over Elasticsearch or OpenSearch,
// so the services can run on any number of hosts. Opening installs the item index template and
// makes sure the read alias exists (by creating the current month's index), so searches work on
// an empty store; every other index is created on first use.
import type { AlertRepository, ClusterStore, ItemStore, SearchIndex, Stores } from '@presswatch/domain';
import { alertIndices, createAlertIndices } from './alerts/alert-indices.ts';
import { createAlertRepository } from './alerts/alert-repository.ts';
import { createElasticsearchClient } from './client/elasticsearch-client.ts';
import { type EngineClient, type EngineKind, toEngineError } from './client/engine-client.ts';
import { createOpenSearchClient } from './client/opensearch-client.ts';
import { clusterIndices, createClusterIndices } from './clusters/cluster-indices.ts';
import { createClusterStore } from './clusters/cluster-store.ts';
import { itemIndexLayout, itemIndexTemplate } from './items/index-layout.ts';
import { createItemStore } from './items/item-store.ts';
import { createItemWriter } from './items/item-writer.ts';
import { ACCOUNTS_COLLECTIONS, createAccountsGroup } from './repositories/accounts-group.ts';
import { CRAWL_GROUP_COLLECTIONS, createCrawlGroup } from './repositories/crawl-group.ts';
import { createNotifierGroup, NOTIFIER_COLLECTIONS } from './repositories/notifier-group.ts';
import { runAggregate } from './search/aggregate.ts';
import { runSearch } from './search/run-search.ts';

export interface SearchEngineStorageOptions {
  /** SEARCH_URL, e.g. http://127.0.0.1:9200 (credentials may go in the URL). */
  url: string;
  /** SEARCH_ENGINE; picks the client library. Default elasticsearch. */
  engine?: EngineKind;
  /** Index and alias names start with it (one deployment or test per prefix). Default presswatch. */
  prefix?: string;
  shards?: number;
  /** 0 on a single node (the tests); default 1. */
  replicas?: number;
  /** Priority of the item index template; must beat catch-all templates. Default 200. */
  templatePriority?: number;
  /** Make every write wait for visibility ('wait_for') or not (false, default: settle with refresh()). */
  refresh?: boolean | 'wait_for';
  /** Attempts per bulk operation refused with 429/503; default 6. */
  bulkAttempts?: number;
  bulkBackoffMs?: number;
  /** Exact search totals and facets up to this many matches, estimated beyond (default 10,000). */
  exactCountBound?: number;
  /** A ready client instead of one built from url/engine (e.g. with custom auth or TLS). */
  client?: EngineClient;
}

export interface EngineHealth {
  ok: boolean;
  status: string;
}

export interface SearchEngineStorage extends Stores {
  /** The index prefix: items live in `<prefix>-items-YYYY` (year indices) behind the alias `<prefix>-items`. */
  prefix: string;
  items: ItemStore;
  search: SearchIndex;
  /** Alerts with optimistic concurrency (many processors may record and change them at once). */
  alerts: AlertRepository;
  /** Story clusters; assign() serialises near-duplicates with conditional writes. */
  clusters: ClusterStore;
  /** Makes every write so far visible to search and reads (an index refresh). */
  refresh(): Promise<void>;
  /** Reachable and not red. Never throws. */
  health(): Promise<EngineHealth>;
  /** Deletes every index and the template of this prefix: tests and decommissioning only. */
  dropIndices(): Promise<void>;
  close(): Promise<void>;
}

export function createEngineClient(url: string, engine: EngineKind): EngineClient {
  return engine === 'opensearch' ? createOpenSearchClient(url) : createElasticsearchClient(url);
}

export async function openSearchEngineStorage(
  options: SearchEngineStorageOptions,
): Promise<SearchEngineStorage> {
  const client = options.client ?? createEngineClient(options.url, options.engine ?? 'elasticsearch');
  const prefix = options.prefix ?? 'presswatch';
  const replicas = options.replicas ?? 1;
  const layout = itemIndexLayout(prefix);
  await client.putIndexTemplate(
    layout.template,
    itemIndexTemplate(layout, {
      shards: options.shards ?? 1,
      replicas,
      priority: options.templatePriority ?? 200,
    }),
  );
  await client.createIndex(layout.indexFor(Date.now()));
  const alertLayout = alertIndices(prefix);
  // Alert and cluster indices are created on first use: processes that never need them never pay.
  const settings = { number_of_shards: 1, number_of_replicas: replicas };
  const ensureAlertIndices = once(() => createAlertIndices(client, alertLayout, settings));
  const clusterLayout = clusterIndices(prefix);
  const ensureClusterIndices = once(() => createClusterIndices(client, clusterLayout, settings));
  const writer = createItemWriter(client, layout, {
    attempts: options.bulkAttempts ?? 6,
    backoffMs: options.bulkBackoffMs ?? 200,
    refresh: options.refresh ?? false,
  });
  const items = createItemStore(client, layout, writer);
  const placement = { client, prefix, replicas };
  // Named one by one: a `<prefix>-*` wildcard would also reach deployments whose prefix starts
  // with this one.
  const collections = [...CRAWL_GROUP_COLLECTIONS, ...NOTIFIER_COLLECTIONS, ...ACCOUNTS_COLLECTIONS]
    .map((name) => `${prefix}-${name}`)
    .join(',');
  const everyIndex = `${layout.pattern},${alertLayout.pattern},${clusterLayout.pattern},${collections}`;
  const search: SearchIndex = {
    indexMany: (list) => (list.length > 0 ? writer.write(list) : Promise.resolve()),
    remove: (ids) => (ids.length > 0 ? writer.unindex(ids) : Promise.resolve()),
    search: (request) =>
      runSearch(client, layout.alias, request, { exactCountBound: options.exactCountBound }),
    aggregate: (request) => runAggregate(client, layout.alias, request),
  };
  return {
    prefix,
    items,
    search,
    alerts: createAlertRepository(client, alertLayout, ensureAlertIndices),
    clusters: createClusterStore(client, clusterLayout, ensureClusterIndices),
    ...createCrawlGroup(placement),
    ...createNotifierGroup(placement),
    ...createAccountsGroup(placement),
    refresh: () => client.refresh(everyIndex),
    async health() {
      try {
        const status = await client.health();
        return { ok: status !== 'red', status };
      } catch (error) {
        return { ok: false, status: toEngineError(error).message };
      }
    },
    dropIndices: () => client.deleteIndices(everyIndex, layout.template),
    close: () => client.close(),
  };
}

/** Runs `create` once; a failure lets the next call try again. */
function once(create: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= create().catch((error) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
