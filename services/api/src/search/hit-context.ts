// What a search page adds to the index's answer: each hit's story-cluster size and the source
// facet's display names. Both look up only what the page shows (its cluster ids, the facet's
// source ids), never the whole match set.
import type { ClusterStore, FacetBucket, Item, SourceRepository } from '@presswatch/domain';

/** Cluster id → member count, for the clusters of the page's items. */
export async function clusterSizes(clusters: ClusterStore, items: Item[]): Promise<Map<string, number>> {
  const ids = [...new Set(items.map((item) => item.clusterId).filter((id): id is string => id !== null))];
  const found = await Promise.all(ids.map((id) => clusters.get(id)));
  return new Map(found.flatMap((cluster) => (cluster ? [[cluster.id, cluster.size] as const] : [])));
}

/** The source buckets with the source's name as label (the page's items, else the source record). */
export async function labelSources(
  sources: SourceRepository,
  buckets: FacetBucket[],
  items: Item[],
): Promise<(FacetBucket & { label: string })[]> {
  const names = new Map(items.map((item) => [item.sourceId, item.sourceName]));
  return Promise.all(
    buckets.map(async (bucket) => {
      const name = names.get(bucket.value) ?? (await sources.get(bucket.value))?.name ?? bucket.value;
      return { ...bucket, label: name };
    }),
  );
}
