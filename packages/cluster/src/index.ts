export { mergeMember } from './assign/cluster-record.ts';
export {
  chooseCluster,
  DEFAULT_JOIN_POLICY,
  type JoinPolicy,
  type JoinReason,
  joinReason,
} from './assign/join-policy.ts';
export {
  type Clusterer,
  type ClusterInput,
  type ClusterSettings,
  clusterIdFor,
  createClusterer,
  DEFAULT_CLUSTER_SETTINGS,
} from './clusterer.ts';
export { forEachTokenHash, tokenHashes } from './signature/folded-tokens.ts';
export {
  bandKeys,
  DEFAULT_SIGNATURE_SETTINGS,
  decodeSignature,
  encodeSignature,
  type ItemSignature,
  itemSignature,
  MIN_TITLE_WORDS,
  type SignatureSettings,
  titleOverlap,
} from './signature/item-signature.ts';
export { EMPTY_BIN, estimateSimilarity, minhash } from './signature/minhash.ts';
export {
  clusterSummary,
  DEFAULT_SUMMARY_OPTIONS,
  type SummaryOptions,
  type SummarySource,
} from './summary/cluster-summary.ts';
export { leadSentences, splitSentences } from './summary/sentences.ts';
