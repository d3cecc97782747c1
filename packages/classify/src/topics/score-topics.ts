// A topic's score: the evidence of its mentions, damped by its exclusions, squashed to 0..1.
// Every mention (a hit of a rule, counted once by the strongest rule that recognises it) weighs
// the rule's weight × its zone's; the mentions add up with diminishing returns, so a headline
// mention outweighs a handful in the body. An exclusion multiplies the evidence by e^(−its own
// evidence): a look-alike in the headline (evidence 1) keeps about a third of the evidence,
// one mentioned once in the body keeps most of it.
import type { AnalysedArticle } from '../article.ts';
import {
  hitSurface,
  ruleEvidence,
  strongestMentions,
  type WeightedHit,
  weighHits,
} from '../rules/weighted-rule.ts';
import { diminishingSum, toScore } from '../rules/zones.ts';
import type { TopicModel } from './load-topics.ts';

export interface TopicResult {
  topic: string;
  score: number;
  /** Over the topic's threshold. */
  assigned: boolean;
  /** The words that matched, strongest mention first (for the UI). */
  matched: string[];
}

/** How many matched terms are kept per topic. */
const MAX_MATCHED = 12;

export function scoreTopic(topic: TopicModel, article: AnalysedArticle): TopicResult {
  const hits: WeightedHit[] = [];
  for (const rule of topic.rules) for (const hit of weighHits(rule, article, topic.zones)) hits.push(hit);
  const mentions = unmasked(strongestMentions(hits), topic, article);
  let evidence = diminishingSum(
    mentions.map((hit) => hit.weight),
    topic.decay,
  );
  if (evidence > 0) {
    let damping = 0;
    for (const rule of topic.exclude) {
      damping += ruleEvidence(rule, article, topic.excludeZones, topic.decay).evidence;
    }
    evidence *= Math.exp(-damping);
  }
  const score = round(toScore(evidence));
  return {
    topic: topic.topic,
    score,
    assigned: score >= topic.threshold,
    matched: strongestSurfaces(mentions, article),
  };
}

/** Mentions that no mask hit overlaps. */
function unmasked(mentions: WeightedHit[], topic: TopicModel, article: AnalysedArticle): WeightedHit[] {
  if (topic.mask.length === 0 || mentions.length === 0) return mentions;
  const masks = topic.mask.flatMap((rule) => rule.matcher(article).hits);
  if (masks.length === 0) return mentions;
  return mentions.filter(
    (hit) => !masks.some((mask) => mask.field === hit.field && mask.start < hit.end && hit.start < mask.end),
  );
}

/** The words of the strongest mentions, each once (the UI shows a few). */
function strongestSurfaces(mentions: WeightedHit[], article: AnalysedArticle): string[] {
  const surfaces = new Set<string>();
  const strongest = mentions.filter((hit) => hit.start >= 0).sort((a, b) => b.weight - a.weight);
  for (const hit of strongest) {
    surfaces.add(hitSurface(article, hit));
    if (surfaces.size >= MAX_MATCHED) break;
  }
  return [...surfaces];
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
