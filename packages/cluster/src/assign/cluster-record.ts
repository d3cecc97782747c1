// A cluster's record as members join: counts, time span, outlets, countries and languages in the
// order they first appeared, and the headline item — the earliest member (ties: the smaller item
// id), which is usually the original and does not change with the order items are processed in.
// A new cluster's summary is its first member's lead; later members' summaries are rewritten by
// the clusterer from the members (clusterer.ts).
import type { ClusterMember, StoryCluster } from '@presswatch/domain';
import { clusterSummary } from '../summary/cluster-summary.ts';

export function mergeMember(cluster: StoryCluster | null, member: ClusterMember): StoryCluster {
  if (!cluster) {
    return {
      id: member.clusterId,
      firstSeen: member.seenAt,
      lastSeen: member.seenAt,
      size: 1,
      outlets: [member.sourceId],
      countries: member.country ? [member.country] : [],
      languages: member.language ? [member.language] : [],
      headlineItemId: member.itemId,
      headline: member.title,
      summary: clusterSummary([member]),
    };
  }
  const earlier =
    member.seenAt < cluster.firstSeen ||
    (member.seenAt === cluster.firstSeen && member.itemId < cluster.headlineItemId);
  return {
    ...cluster,
    firstSeen: earlier ? member.seenAt : cluster.firstSeen,
    lastSeen: new Date(Math.max(Date.parse(member.seenAt), Date.parse(cluster.lastSeen))).toISOString(),
    size: cluster.size + 1,
    outlets: withValue(cluster.outlets, member.sourceId),
    countries: withValue(cluster.countries, member.country),
    languages: withValue(cluster.languages, member.language),
    headlineItemId: earlier ? member.itemId : cluster.headlineItemId,
    headline: earlier ? member.title : cluster.headline,
  };
}

function withValue(values: string[], value: string | null): string[] {
  return value === null || values.includes(value) ? values : [...values, value];
}
