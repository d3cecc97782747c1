// When a new item joins a stored member's story. Three ways, measured on the corpus
// (bench/cluster.bench.ts prints a sample of joined pairs with their reason):
//
//   near-duplicate   estimated Jaccard of the shingles ≥ 0.5: syndicated copies, copies with a
//                    new headline or a trimmed lead, the same agency text;
//   same headline    identical folded headline of ≥ 6 words: rewrites under the wire's headline;
//   rewrite          Jaccard ≥ 0.3 and at least half of the shorter headline's word pairs shared:
//                    the body is partly rewritten and so is the headline, but both keep the gist.
//
// Below 0.3, shared shingles are mostly boilerplate and templates (weather bulletins, gold prices),
// so the pair stays apart whatever its headlines say. Among the members that qualify, the most
// similar wins; ties go to the earliest, then the smaller item id, so the choice does not depend
// on the order the store returns candidates in.
import type { ClusterCandidate, ClusterChoice } from '@presswatch/domain';
import { decodeSignature, type ItemSignature, titleOverlap } from '../signature/item-signature.ts';
import { estimateSimilarity } from '../signature/minhash.ts';

export interface JoinPolicy {
  nearDuplicate: number;
  rewriteSimilarity: number;
  rewriteTitleOverlap: number;
}

export const DEFAULT_JOIN_POLICY: JoinPolicy = {
  nearDuplicate: 0.5,
  rewriteSimilarity: 0.3,
  rewriteTitleOverlap: 0.5,
};

export type JoinReason = 'near-duplicate' | 'same-headline' | 'rewrite';

/** Why `a` and `b` belong to one story, or null. */
export function joinReason(
  a: ItemSignature,
  b: ItemSignature,
  similarity: number,
  policy: JoinPolicy = DEFAULT_JOIN_POLICY,
): JoinReason | null {
  if (similarity >= policy.nearDuplicate) return 'near-duplicate';
  if (a.titleKey !== 0 && a.titleKey === b.titleKey) return 'same-headline';
  if (similarity >= policy.rewriteSimilarity && titleOverlap(a, b) >= policy.rewriteTitleOverlap)
    return 'rewrite';
  return null;
}

/** The member to join through, or null when the item opens a story of its own. */
export function chooseCluster(
  signature: ItemSignature,
  candidates: readonly ClusterCandidate[],
  policy: JoinPolicy = DEFAULT_JOIN_POLICY,
): ClusterChoice | null {
  let best: { candidate: ClusterCandidate; similarity: number } | null = null;
  for (const candidate of candidates) {
    const other = decodeSignature(candidate.signature);
    const similarity = estimateSimilarity(signature.minhash, other.minhash);
    if (!joinReason(signature, other, similarity, policy)) continue;
    if (!best || better(candidate, similarity, best.candidate, best.similarity))
      best = { candidate, similarity };
  }
  if (!best) return null;
  return { clusterId: best.candidate.clusterId, via: best.candidate.itemId, similarity: best.similarity };
}

function better(a: ClusterCandidate, simA: number, b: ClusterCandidate, simB: number): boolean {
  if (simA !== simB) return simA > simB;
  if (a.seenAt !== b.seenAt) return a.seenAt < b.seenAt;
  return a.itemId < b.itemId;
}
