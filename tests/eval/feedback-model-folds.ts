// Nested cross-validation of the topic model on labelled items. Outer folds: the model trains on
// the other folds and scores the held-out one. Inside each outer training set, inner folds give
// held-out probabilities for its items, from which the combination weight is chosen — so neither
// the model nor its weight ever sees the items it is measured on.
import { hashId } from '@presswatch/domain';
import {
  type CombinationWeights,
  chooseModelWeight,
  examplesFromLabelled,
  scoreWithModel,
  type TopicExample,
  trainTopicModel,
  type WeightSample,
} from '@presswatch/topic-model';
import type { EvalItem } from './evaluate.ts';

export interface HeldOutScores {
  /** topic → the model's probability, trained without this item's fold. */
  model: Record<string, number>;
  /** The weight chosen on the other folds. */
  weights: CombinationWeights;
}

export interface FoldSetup {
  topics: string[];
  thresholds: Record<string, number>;
  /** item id → topic → rule score. */
  rules: Map<string, Record<string, number>>;
  /** Extra training examples for every fold (never dev items). */
  extra: TopicExample[];
}

const INNER_FOLDS = 4;

function foldOf(id: string, salt: string, folds: number): number {
  return Number.parseInt(hashId(`${salt}:${id}`, 8), 16) % folds;
}

/** Probabilities for each of `items` from a model trained on the other folds of `items`. */
export function heldOutProbabilities(items: EvalItem[], setup: FoldSetup, folds: number, salt: string) {
  const out = new Map<string, Record<string, number>>();
  for (let fold = 0; fold < folds; fold++) {
    const training = items.filter((item) => foldOf(item.id, salt, folds) !== fold);
    const model = trainTopicModel([...examplesFromLabelled(training, setup.topics), ...setup.extra]);
    for (const item of items) {
      if (foldOf(item.id, salt, folds) === fold) out.set(item.id, scoreWithModel(model, item));
    }
  }
  return out;
}

function weightSamples(
  items: EvalItem[],
  probabilities: Map<string, Record<string, number>>,
  setup: FoldSetup,
) {
  const samples: WeightSample[] = [];
  for (const item of items) {
    for (const topic of setup.topics) {
      const modelProbability = probabilities.get(item.id)?.[topic];
      if (modelProbability === undefined) continue;
      samples.push({
        topic,
        ruleScore: setup.rules.get(item.id)![topic]!,
        modelProbability,
        truth: item.topics.includes(topic),
        threshold: setup.thresholds[topic]!,
      });
    }
  }
  return samples;
}

export interface CrossValidation {
  scores: Map<string, HeldOutScores>;
  /** The model weight chosen in each outer fold. */
  foldWeights: number[];
}

export function nestedCrossValidation(items: EvalItem[], setup: FoldSetup, folds: number): CrossValidation {
  const out = new Map<string, HeldOutScores>();
  const foldWeights: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = items.filter((item) => foldOf(item.id, 'outer', folds) !== fold);
    const inner = heldOutProbabilities(training, setup, INNER_FOLDS, `inner-${fold}`);
    const weights = chooseModelWeight(weightSamples(training, inner, setup));
    foldWeights.push(weights.model);
    const model = trainTopicModel([...examplesFromLabelled(training, setup.topics), ...setup.extra]);
    for (const item of items) {
      if (foldOf(item.id, 'outer', folds) === fold)
        out.set(item.id, { model: scoreWithModel(model, item), weights });
    }
  }
  return { scores: out, foldWeights };
}
