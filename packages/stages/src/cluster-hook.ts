// The process stage's clustering step: join the item to its story (a new one, or the story of a
// near-duplicate or rewrite seen within the window) before the item is stored, so the stored item
// carries its clusterId. Idempotent: processing the same item again returns the same cluster and
// counts it once, so a retried process job is safe.
import { type ClusterSettings, createClusterer } from '@presswatch/cluster';
import type { ClusterStore, Item } from '@presswatch/domain';

export interface ClusterHookDeps {
  clusters: ClusterStore;
  /** Window, thresholds and signature shape; defaults in @presswatch/cluster (DEFAULT_CLUSTER_SETTINGS). */
  settings?: Partial<ClusterSettings>;
}

export interface ClusterHookResult {
  clusterId: string;
  /** The item opened the cluster (also when it is processed again). */
  isNew: boolean;
  /** Members now, this item included. */
  size: number;
}

export function createClusterHook(deps: ClusterHookDeps): (item: Item) => Promise<ClusterHookResult> {
  const clusterer = createClusterer(deps.clusters, deps.settings);
  return (item) => clusterer.assign(item);
}
