// The alert indices: alerts (the document plus the fields the inbox filters on), the (rule,
// item) pairs that make recordMatch idempotent, and one "slot" per (rule, cluster) naming the
// cluster's open alert. Pairs and slots are read by id only (real-time GET), never searched.
import type { EngineClient } from '../client/engine-client.ts';

export interface AlertIndices {
  alerts: string;
  pairs: string;
  slots: string;
  /** Every alert index, for refresh and drop. */
  pattern: string;
}

export function alertIndices(prefix: string): AlertIndices {
  return {
    alerts: `${prefix}-alerts`,
    pairs: `${prefix}-alert-pairs`,
    slots: `${prefix}-alert-slots`,
    pattern: `${prefix}-alert*`,
  };
}

const BY_ID_ONLY = { dynamic: false, properties: {} };

export async function createAlertIndices(
  client: EngineClient,
  indices: AlertIndices,
  settings: { number_of_shards: number; number_of_replicas: number },
): Promise<void> {
  await client.createIndexWith(indices.alerts, {
    settings,
    mappings: {
      dynamic: 'strict',
      properties: {
        id: { type: 'keyword' },
        alert: { type: 'object', enabled: false },
        kind: { type: 'keyword' },
        rule_id: { type: 'keyword' },
        cluster_id: { type: 'keyword' },
        status: { type: 'keyword' },
        assignee_id: { type: 'keyword' },
        topics: { type: 'keyword' },
        /** Insertion order (ms × 1000 + a counter): lists are newest first. */
        seq: { type: 'long' },
      },
    },
  });
  await client.createIndexWith(indices.pairs, { settings, mappings: BY_ID_ONLY });
  await client.createIndexWith(indices.slots, { settings, mappings: BY_ID_ONLY });
}
