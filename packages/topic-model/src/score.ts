// The model's probability that a document is about each topic it has a model for.
import { featureCounts, type ModelDocument } from './features.ts';
import { decision, sigmoid } from './logistic.ts';
import type { TrainedTopicModel } from './train.ts';
import { vectorize } from './vectorize.ts';

/** topic → probability 0..1; topics the model was not trained for are absent. */
export function scoreWithModel(model: TrainedTopicModel, document: ModelDocument): Record<string, number> {
  const x = vectorize(model.vocabulary, featureCounts(document));
  const out: Record<string, number> = {};
  for (const topic of model.topics) out[topic.topic] = sigmoid(decision(topic, x));
  return out;
}
