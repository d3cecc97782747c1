// A per-topic statistical model: one logistic regression per topic over the shared vocabulary of
// the training documents. An example carries labels only for the topics someone decided about
// (feedback touches one topic at a time), and each topic trains on the examples labelled for it.

import { featureCounts, type ModelDocument } from './features.ts';
import { DEFAULT_LOGISTIC_OPTIONS, type LogisticOptions, trainLogistic } from './logistic.ts';
import { buildVocabulary, type Vocabulary, vectorize } from './vectorize.ts';

export interface TopicExample extends ModelDocument {
  id?: string;
  /** topic → about it (true) or not (false); topics left out are unknown for this example. */
  labels: Record<string, boolean>;
}

export interface TopicWeights {
  topic: string;
  bias: number;
  /** One weight per vocabulary column. */
  weights: Float64Array;
  /** Labelled examples it was trained on, and the positives among them. */
  examples: number;
  positives: number;
}

export interface TrainedTopicModel {
  vocabulary: Vocabulary;
  topics: TopicWeights[];
}

export interface TrainingOptions {
  /** A feature is kept when at least this many training documents have it. */
  minDocumentFrequency: number;
  maxFeatures: number;
  /** A topic gets a model only with at least this many positive and negative examples. */
  minPerClass: number;
  logistic: LogisticOptions;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  minDocumentFrequency: 2,
  maxFeatures: 50_000,
  minPerClass: 3,
  logistic: DEFAULT_LOGISTIC_OPTIONS,
};

export function trainTopicModel(
  examples: readonly TopicExample[],
  overrides: Partial<TrainingOptions> = {},
): TrainedTopicModel {
  const options = { ...DEFAULT_TRAINING_OPTIONS, ...overrides };
  const counts = examples.map(featureCounts);
  const vocabulary = buildVocabulary(counts, options.minDocumentFrequency, options.maxFeatures);
  const vectors = counts.map((c) => vectorize(vocabulary, c));
  const topicNames = [...new Set(examples.flatMap((example) => Object.keys(example.labels)))].sort();
  const topics: TopicWeights[] = [];
  for (const topic of topicNames) {
    const labelled = examples.flatMap((example, i) => (topic in example.labels ? [i] : []));
    const labels = labelled.map((i) => examples[i]!.labels[topic]!);
    const positives = labels.filter(Boolean).length;
    if (positives < options.minPerClass || labels.length - positives < options.minPerClass) continue;
    const model = trainLogistic(
      labelled.map((i) => vectors[i]!),
      labels,
      vocabulary.idf.length,
      options.logistic,
    );
    topics.push({ topic, bias: model.bias, weights: model.weights, examples: labels.length, positives });
  }
  return { vocabulary, topics };
}
