// Choosing how much the model counts (CombinationWeights.model) from labelled examples the model
// did not train on (cross-validated probabilities): the weight whose combined scores give the best
// mean F1 over the topics, the smaller weight on ties — trust the rules unless the model helps.
import { type CombinationWeights, combineWithRules, DEFAULT_COMBINATION_WEIGHTS } from './combine.ts';

export interface WeightSample {
  topic: string;
  ruleScore: number;
  /** The model's probability for an example it was not trained on. */
  modelProbability: number;
  truth: boolean;
  /** The topic's threshold on the (combined) score. */
  threshold: number;
}

export const WEIGHT_CANDIDATES: readonly number[] = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1];

export function chooseModelWeight(
  samples: readonly WeightSample[],
  candidates: readonly number[] = WEIGHT_CANDIDATES,
): CombinationWeights {
  let best = { weight: 0, f1: Number.NEGATIVE_INFINITY };
  for (const weight of [...candidates].sort((a, b) => a - b)) {
    const f1 = meanF1(samples, { ...DEFAULT_COMBINATION_WEIGHTS, model: weight });
    if (f1 > best.f1 + 1e-9) best = { weight, f1 };
  }
  return { ...DEFAULT_COMBINATION_WEIGHTS, model: best.weight };
}

function meanF1(samples: readonly WeightSample[], weights: CombinationWeights): number {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const s of samples) {
    const c = counts.get(s.topic) ?? { tp: 0, fp: 0, fn: 0 };
    const guess = combineWithRules(s.ruleScore, s.modelProbability, weights) >= s.threshold;
    if (guess && s.truth) c.tp++;
    else if (guess) c.fp++;
    else if (s.truth) c.fn++;
    counts.set(s.topic, c);
  }
  if (counts.size === 0) return 0;
  let sum = 0;
  for (const { tp, fp, fn } of counts.values())
    sum += tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
  return sum / counts.size;
}
