// Joins items to story clusters: the item's signature, its candidates from the store (members
// sharing an LSH band key, seen within the window), the join policy, then the cluster's summary.
// Idempotent: an item that is a member already keeps its cluster and counts once; the summary is a
// function of the cluster's earliest members, so writing it again changes nothing.
//
//   assign(item) → membership? → signature → store.assign(choose, merge) → refresh summary
import { type ClusterAssignment, type ClusterStore, hashId, type Item } from '@presswatch/domain';
import { mergeMember } from './assign/cluster-record.ts';
import { chooseCluster, DEFAULT_JOIN_POLICY, type JoinPolicy } from './assign/join-policy.ts';
import {
  bandKeys,
  DEFAULT_SIGNATURE_SETTINGS,
  encodeSignature,
  itemSignature,
  type SignatureSettings,
} from './signature/item-signature.ts';
import { clusterSummary, DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './summary/cluster-summary.ts';
import { leadSentences } from './summary/sentences.ts';

export interface ClusterSettings {
  signature: SignatureSettings;
  policy: JoinPolicy;
  /** Candidates are members seen at most this many days before or after the item. */
  windowDays: number;
  /** At most this many candidates are compared (the most recent ones). */
  maxCandidates: number;
  /** The summary is written from this many of the earliest members. */
  summaryMembers: number;
  summary: SummaryOptions;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = {
  signature: DEFAULT_SIGNATURE_SETTINGS,
  policy: DEFAULT_JOIN_POLICY,
  windowDays: 7,
  maxCandidates: 200,
  summaryMembers: 20,
  summary: DEFAULT_SUMMARY_OPTIONS,
};

/** What clustering reads of an item. */
export type ClusterInput = Pick<
  Item,
  | 'id'
  | 'title'
  | 'text'
  | 'url'
  | 'sourceId'
  | 'sourceName'
  | 'language'
  | 'country'
  | 'publishedAt'
  | 'fetchedAt'
>;

export interface Clusterer {
  assign(item: ClusterInput): Promise<ClusterAssignment>;
}

const DAY_MS = 86_400_000;

/** The id of the cluster an item opens: derived from the item, so a replay opens the same one. */
export function clusterIdFor(itemId: string): string {
  return hashId(`cluster:${itemId}`);
}

export function createClusterer(store: ClusterStore, overrides: Partial<ClusterSettings> = {}): Clusterer {
  const settings = { ...DEFAULT_CLUSTER_SETTINGS, ...overrides };

  async function refreshSummary(clusterId: string, itemId: string): Promise<void> {
    const members = await store.members(clusterId, { limit: settings.summaryMembers });
    if (!members.some((member) => member.itemId === itemId)) return; // the summary's members did not change
    await store.setSummary(clusterId, clusterSummary(members, settings.summary));
  }

  return {
    async assign(item) {
      const known = await store.membership(item.id);
      if (known) return known;
      const signature = itemSignature(item, settings.signature);
      const assignment = await store.assign({
        member: {
          itemId: item.id,
          sourceId: item.sourceId,
          sourceName: item.sourceName,
          title: item.title,
          url: item.url,
          language: item.language,
          country: item.country,
          seenAt: seenAtOf(item),
          sentences: leadSentences(item.text),
        },
        signature: encodeSignature(signature),
        bandKeys: bandKeys(signature, settings.signature),
        windowMs: settings.windowDays * DAY_MS,
        maxCandidates: settings.maxCandidates,
        newClusterId: clusterIdFor(item.id),
        choose: (candidates) => chooseCluster(signature, candidates, settings.policy),
        merge: mergeMember,
      });
      // A new cluster got its summary with its record; a joined one may need a new one.
      if (!assignment.isNew) await refreshSummary(assignment.clusterId, item.id);
      return assignment;
    },
  };
}

/** When the item appeared: publishedAt, else fetchedAt, as a canonical ISO instant. */
function seenAtOf(item: ClusterInput): string {
  const published = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN;
  const time = Number.isNaN(published) ? Date.parse(item.fetchedAt) : published;
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}
