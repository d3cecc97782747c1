// The test search node for this package's tests (tests/support/global-setup.ts starts it, or
// SEARCH_URL names one): a storage under a fresh index prefix, dropped by the returned cleanup.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { waitForSearchNode } from '../../../tests/support/search-node.ts';
import { type EngineKind, openSearchEngineStorage, type SearchEngineStorage } from '../src/index.ts';

export const searchUrl = inject('searchUrl');
/** The same node through the Elasticsearch 8 compatibility proxy (for the Elasticsearch client). */
export const searchEsCompatUrl = inject('searchEsCompatUrl');
/** Why there is no node, for describe.skipIf titles. */
export const noNodeReason = `no search node: ${inject('searchUnavailable')}`;

let up: Promise<void> | null = null;

/** A fresh store; with `prefix`, one on another store's indices (as a second process). */
export async function engineStorage(
  engine: EngineKind = 'opensearch',
  prefix = `pwt-${randomUUID().slice(0, 12)}`,
): Promise<SearchEngineStorage & { cleanup(): Promise<void> }> {
  up ??= waitForSearchNode(searchUrl);
  await up;
  const url = engine === 'opensearch' ? searchUrl : searchEsCompatUrl;
  const storage = await openSearchEngineStorage({ url, engine, prefix, replicas: 0 });
  return {
    ...storage,
    async cleanup() {
      await storage.dropIndices();
      await storage.close();
    },
  };
}
