// Where in an article a hit is: the headline, the lead (first paragraph) or the body. Rules weigh
// a hit by its zone, so the subject of the headline counts more than a passing mention.
import type { MatchHit } from '@presswatch/domain';
import { z } from 'zod';
import type { AnalysedArticle } from '../article.ts';

export type Zone = 'title' | 'lead' | 'body';

export interface ZoneWeights {
  title: number;
  lead: number;
  body: number;
}

export const zoneWeightsSchema = z
  .object({ title: z.number().min(0), lead: z.number().min(0), body: z.number().min(0) })
  .strict();

export function zoneOf(hit: MatchHit, article: AnalysedArticle): Zone {
  if (hit.field === 'title') return 'title';
  return hit.start < article.leadEnd ? 'lead' : 'body';
}

/**
 * Weights summed with diminishing returns: the largest counts fully, the next `decay` times as
 * much, then decay², … so ten body mentions do not outweigh a headline.
 */
export function diminishingSum(weights: number[], decay: number): number {
  weights.sort((a, b) => b - a);
  let sum = 0;
  let factor = 1;
  for (const weight of weights) {
    sum += weight * factor;
    factor *= decay;
  }
  return sum;
}

/** Evidence to a 0..1 score: 1 − e^(−evidence), 0 for no or negative evidence. */
export function toScore(evidence: number): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-evidence);
}
