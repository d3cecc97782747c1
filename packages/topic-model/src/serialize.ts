// A trained model as JSON (to keep in a file or a store) and back. Weights are rounded to 6
// significant digits; columns whose weight is 0 for every topic are dropped.
import type { TrainedTopicModel } from './train.ts';

export interface TopicModelJson {
  version: 1;
  /** Feature hash and idf of each kept column. */
  features: [number, number][];
  topics: { topic: string; bias: number; weights: number[]; examples: number; positives: number }[];
}

export function topicModelToJson(model: TrainedTopicModel): TopicModelJson {
  const columns = [...model.vocabulary.index.entries()].sort((a, b) => a[1] - b[1]);
  const used = columns.filter(([, column]) => model.topics.some((topic) => topic.weights[column] !== 0));
  return {
    version: 1,
    features: used.map(([feature, column]) => [feature, round(model.vocabulary.idf[column]!)]),
    topics: model.topics.map((topic) => ({
      topic: topic.topic,
      bias: round(topic.bias),
      weights: used.map(([, column]) => round(topic.weights[column]!)),
      examples: topic.examples,
      positives: topic.positives,
    })),
  };
}

export function topicModelFromJson(json: TopicModelJson): TrainedTopicModel {
  if (json.version !== 1) throw new Error(`Unknown topic model version ${String(json.version)}`);
  const index = new Map(json.features.map(([feature], column) => [feature, column]));
  return {
    vocabulary: { index, idf: Float64Array.from(json.features, ([, idf]) => idf) },
    topics: json.topics.map((topic) => {
      if (topic.weights.length !== json.features.length)
        throw new Error(`Topic ${topic.topic}: weights do not fit`);
      return { ...topic, weights: Float64Array.from(topic.weights) };
    }),
  };
}

const round = (n: number) => Number(n.toPrecision(6));
