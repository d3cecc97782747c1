// The cluster indices: cluster records (with the fields lists sort on), members (with their
// signatures), and one document per LSH band key listing the recent members under it. Bands and
// members are read by id in real time (mget), so a member written a moment ago by another process
// is a candidate at once; only lists and members() go through search.
import type { EngineClient } from '../client/engine-client.ts';

export interface ClusterIndices {
  clusters: string;
  members: string;
  bands: string;
  pattern: string;
}

export function clusterIndices(prefix: string): ClusterIndices {
  return {
    clusters: `${prefix}-clusters`,
    members: `${prefix}-cluster-members`,
    bands: `${prefix}-cluster-bands`,
    pattern: `${prefix}-cluster*`,
  };
}

export async function createClusterIndices(
  client: EngineClient,
  indices: ClusterIndices,
  settings: { number_of_shards: number; number_of_replicas: number },
): Promise<void> {
  await client.createIndexWith(indices.clusters, {
    settings,
    mappings: {
      dynamic: 'strict',
      properties: {
        id: { type: 'keyword' },
        cluster: { type: 'object', enabled: false },
        size: { type: 'integer' },
        last_seen: { type: 'long' },
      },
    },
  });
  await client.createIndexWith(indices.members, {
    settings,
    mappings: {
      dynamic: 'strict',
      properties: {
        item_id: { type: 'keyword' },
        cluster_id: { type: 'keyword' },
        seen_at: { type: 'long' },
        member: { type: 'object', enabled: false },
        signature: { type: 'binary' },
      },
    },
  });
  await client.createIndexWith(indices.bands, { settings, mappings: { dynamic: false, properties: {} } });
}
