// The per-topic model: training, scoring, determinism, partial labels, storage as JSON.
import { describe, expect, it } from 'vitest';
import {
  scoreWithModel,
  type TopicExample,
  topicModelFromJson,
  topicModelToJson,
  trainTopicModel,
} from '../src/index.ts';
import { article, labelledExamples } from './fixtures.ts';

describe('trainTopicModel and scoreWithModel', () => {
  const model = trainTopicModel(labelledExamples(60));

  it('learns each topic from labelled articles and scores unseen ones', () => {
    for (let seed = 500; seed < 510; seed++) {
      const border = scoreWithModel(model, article('border', seed));
      const investment = scoreWithModel(model, article('investment', seed));
      const other = scoreWithModel(model, article('other', seed));
      expect(border.border).toBeGreaterThan(0.5);
      expect(border.investment).toBeLessThan(0.5);
      expect(investment.investment).toBeGreaterThan(0.5);
      expect(investment.border).toBeLessThan(0.5);
      expect(other.border).toBeLessThan(0.5);
      expect(other.investment).toBeLessThan(0.5);
    }
    expect(model.topics.map((t) => [t.topic, t.examples, t.positives])).toEqual([
      ['border', 60, 20],
      ['investment', 60, 20],
    ]);
  });

  it('is deterministic', () => {
    const again = trainTopicModel(labelledExamples(60));
    expect([...again.topics[0]!.weights]).toEqual([...model.topics[0]!.weights]);
    expect(again.topics[1]!.bias).toBe(model.topics[1]!.bias);
  });

  it('trains a topic only on the examples labelled for it, and skips topics with too few', () => {
    const examples = labelledExamples(30).map((example, i): TopicExample => {
      const labels: Record<string, boolean> = { border: example.labels.border! };
      if (i >= 20) labels.sea = i === 25; // one positive: too few for a model
      return { ...example, labels };
    });
    const partial = trainTopicModel(examples);
    expect(partial.topics.map((t) => [t.topic, t.examples])).toEqual([['border', 30]]);
    expect(scoreWithModel(partial, article('border', 900))).toEqual({ border: expect.any(Number) });
  });
});

describe('the model as JSON', () => {
  it('scores the same after a round trip', () => {
    const model = trainTopicModel(labelledExamples(45, 3));
    const restored = topicModelFromJson(JSON.parse(JSON.stringify(topicModelToJson(model))));
    for (const kind of ['border', 'investment', 'other'] as const) {
      const doc = article(kind, 77);
      const before = scoreWithModel(model, doc);
      const after = scoreWithModel(restored, doc);
      for (const topic of Object.keys(before)) expect(after[topic]).toBeCloseTo(before[topic]!, 4);
    }
    expect(() => topicModelFromJson({ ...topicModelToJson(model), version: 2 as 1 })).toThrow(/version/);
  });
});
