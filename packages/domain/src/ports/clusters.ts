// Story clusters: syndicated copies and rewrites of one story across outlets, joined by their
// near-duplicate signatures (packages/cluster computes them and decides). The store keeps every
// member's signature and its LSH band keys, so a new item's candidates are found by index lookups
// among the members seen within a time window, and the join happens in one atomic step.

export interface StoryCluster {
  id: string;
  /** Earliest and latest member time (publishedAt, else fetchedAt). */
  firstSeen: string;
  lastSeen: string;
  /** Members (each item counts once, however often it is processed). */
  size: number;
  /** Source ids of the members, in the order they joined. */
  outlets: string[];
  /** ISO 3166-1 alpha-2 of the outlets, lower case. */
  countries: string[];
  languages: string[];
  /** The earliest member (ties: the smaller item id), usually the original. */
  headlineItemId: string;
  headline: string;
  /** Extractive, 2–3 sentences taken from the members; null until written. */
  summary: string | null;
}

export interface ClusterMember {
  itemId: string;
  clusterId: string;
  sourceId: string;
  sourceName: string;
  title: string;
  url: string;
  language: string | null;
  country: string | null;
  /** publishedAt, else fetchedAt. */
  seenAt: string;
  /** Estimated similarity to the member it joined through; 1 for the member that opened the cluster. */
  similarity: number;
  /** The member it joined through; null for the member that opened the cluster. */
  joinedVia: string | null;
  /** Lead sentences, kept for the cluster summary. */
  sentences: string[];
}

/** A stored member a new item may join. */
export interface ClusterCandidate {
  itemId: string;
  clusterId: string;
  seenAt: string;
  /** Opaque to the store: the cluster package encodes and compares it. */
  signature: Uint8Array;
}

export interface ClusterChoice {
  clusterId: string;
  /** The candidate that justified the join. */
  via: string;
  similarity: number;
}

export interface ClusterAssignRequest {
  member: Omit<ClusterMember, 'clusterId' | 'similarity' | 'joinedVia'>;
  signature: Uint8Array;
  /** Safe integers under which later items find this member (LSH buckets). */
  bandKeys: number[];
  /** Candidates are members seen at most this long before or after the member. */
  windowMs: number;
  /** At most this many candidates are read (the most recent ones). */
  maxCandidates: number;
  /** The id of the cluster the member opens when it joins none. */
  newClusterId: string;
  /** Picks the cluster to join among the candidates, or null for a new one. Synchronous. */
  choose(candidates: ClusterCandidate[]): ClusterChoice | null;
  /** The cluster's record once `member` is in it (`cluster` null: a new cluster). Synchronous. */
  merge(cluster: StoryCluster | null, member: ClusterMember): StoryCluster;
}

export interface ClusterAssignment {
  clusterId: string;
  /** The item opened the cluster (stays true when the same item is processed again). */
  isNew: boolean;
  size: number;
}

export type ClusterSort = 'recent' | 'size';

export interface ClusterListOptions {
  /** recent: latest lastSeen first; size: largest first, then latest. */
  sort: ClusterSort;
  /** Only clusters seen at or after this instant (lastSeen). */
  since?: string | null;
  /** Only clusters with at least this many members. */
  minSize?: number;
  limit: number;
  cursor?: string | null;
}

export interface ClusterStore {
  /**
   * Joins an item to a story, atomically: an item that is a member already gets its assignment
   * back unchanged; otherwise the candidates (members sharing a band key, within the window) go to
   * `choose`, and the member, its band keys and the cluster record (`merge`) are written together.
   */
  assign(request: ClusterAssignRequest): Promise<ClusterAssignment>;
  /** The item's cluster, when it is a member. */
  membership(itemId: string): Promise<ClusterAssignment | null>;
  get(id: string): Promise<StoryCluster | null>;
  /** Members, earliest first (ties: item id); the first `limit` when given. */
  members(clusterId: string, options?: { limit?: number }): Promise<ClusterMember[]>;
  list(options: ClusterListOptions): Promise<{ clusters: StoryCluster[]; nextCursor: string | null }>;
  setSummary(clusterId: string, summary: string | null): Promise<void>;
}
