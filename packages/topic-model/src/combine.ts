// The rules and the model together, in log-odds: each says how much more likely "about the topic"
// is than not, and independent evidence adds up (a product of experts):
//
//   combined = σ(rules · logit(ruleScore) + model · logit(modelProbability))
//
// An undecided model (p = 0.5) leaves the rule score as it is; the combined score is compared with
// the topic's own threshold, like the rule score. With the default weights (rules 1, model 0.3) a
// model that is fairly sure (p = 0.95 or 0.05) moves a rule score of 0.35 to 0.57 and one of 0.65
// to 0.43 — it settles the rules' grey zone around a 0.5 threshold — but it cannot give a topic to
// an article in which the rules found nothing (0 stays under 0.01 even at p = 0.999), nor take
// one the rules are sure of (0.9 stays over 0.5 even at p = 0.001). The weight was chosen by
// nested cross-validation on the dev set (tests/eval/feedback-model-eval.ts chooses it per fold
// with chooseModelWeight, and picked 0.2–0.5; the default sits inside that range).

export interface CombinationWeights {
  /** Weight of the rule score's log-odds. */
  rules: number;
  /** Weight of the model probability's log-odds; 0 leaves the rule score unchanged. */
  model: number;
}

export const DEFAULT_COMBINATION_WEIGHTS: CombinationWeights = { rules: 1, model: 0.3 };

/** Scores are clamped to [EPSILON, 1 − EPSILON] so 0 and 1 have finite log-odds. */
const EPSILON = 0.001;

export function combineWithRules(
  ruleScore: number,
  modelProbability: number | null | undefined,
  weights: CombinationWeights = DEFAULT_COMBINATION_WEIGHTS,
): number {
  if (modelProbability === null || modelProbability === undefined || weights.model === 0) return ruleScore;
  const z = weights.rules * logit(ruleScore) + weights.model * logit(modelProbability);
  return 1 / (1 + Math.exp(-z));
}

function logit(p: number): number {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
}
