// Combining the rule score with the model's probability, building examples from feedback and the
// rules, and choosing the model's weight.
import type { ItemFeedback } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import {
  chooseModelWeight,
  combineWithRules,
  DEFAULT_COMBINATION_WEIGHTS,
  examplesFromFeedback,
  examplesFromLabelled,
  type WeightSample,
  withConfidentRuleLabels,
} from '../src/index.ts';

describe('combineWithRules', () => {
  it('leaves the rule score alone when the model is undecided, absent or weighs nothing', () => {
    expect(combineWithRules(0.42, 0.5)).toBeCloseTo(0.42, 6);
    expect(combineWithRules(0.42, null)).toBe(0.42);
    expect(combineWithRules(0.42, undefined)).toBe(0.42);
    expect(combineWithRules(0.42, 0.99, { rules: 1, model: 0 })).toBe(0.42);
  });

  it('moves scores in the grey zone across the threshold, and no further than the weights allow', () => {
    expect(combineWithRules(0.4, 0.95)).toBeGreaterThan(0.5);
    expect(combineWithRules(0.6, 0.05)).toBeLessThan(0.5);
    expect(combineWithRules(0, 0.999)).toBeLessThan(0.05);
    expect(combineWithRules(0.95, 0.01)).toBeGreaterThan(0.5);
    expect(combineWithRules(0.4, 0.95, { rules: 1, model: 1 })).toBeGreaterThan(combineWithRules(0.4, 0.95));
  });

  it('rises with either input', () => {
    let last = 0;
    for (const p of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      const combined = combineWithRules(0.45, p, DEFAULT_COMBINATION_WEIGHTS);
      expect(combined).toBeGreaterThan(last);
      last = combined;
    }
  });
});

const feedback = (
  itemId: string,
  kind: ItemFeedback['kind'],
  topic: string | null,
  n: number,
): ItemFeedback => ({
  id: `fb-${itemId}-${n}`,
  itemId,
  kind,
  topic,
  actor: 'user:u1',
  at: `2026-11-01T0${n}:00:00Z`,
  note: null,
});

describe('training examples', () => {
  it('takes the latest word per topic from feedback, for items whose text is known', () => {
    const documents = new Map([
      ['i1', { title: 'Cửa khẩu', text: 'Xe hàng qua cửa khẩu.' }],
      ['i2', { title: 'Dự án', text: 'Dự án đầu tư mới.' }],
    ]);
    const examples = examplesFromFeedback(
      [
        feedback('i1', 'topic_added', 'border', 1),
        feedback('i1', 'relevant', null, 2),
        feedback('i2', 'topic_added', 'investment', 3),
        feedback('i1', 'topic_removed', 'investment', 4),
        feedback('i2', 'topic_removed', 'investment', 5),
        feedback('gone', 'topic_added', 'border', 6),
        feedback('i3', 'relevant', null, 7),
      ],
      documents,
    );
    expect(examples.map((e) => [e.id, e.labels])).toEqual([
      ['i1', { border: true, investment: false }],
      ['i2', { investment: false }],
    ]);
  });

  it('labels every topic of a labelled record, and adds the rules’ sure answers where people said nothing', () => {
    const [example] = examplesFromLabelled(
      [{ id: 'r1', title: 't', text: 'x', topics: ['border'] }],
      ['border', 'sea'],
    );
    expect(example!.labels).toEqual({ border: true, sea: false });
    const filled = withConfidentRuleLabels(
      { title: 't', text: 'x', labels: { border: false } },
      { border: 0.95, sea: 0.9, investment: 0.01, human_rights: 0.3 },
    );
    expect(filled.labels).toEqual({ border: false, sea: true, investment: false });
  });
});

describe('chooseModelWeight', () => {
  const sample = (ruleScore: number, modelProbability: number, truth: boolean): WeightSample => ({
    topic: 'border',
    ruleScore,
    modelProbability,
    truth,
    threshold: 0.5,
  });

  it('gives the model weight when it settles the rules’ grey zone, none when it only adds noise', () => {
    const helpful = [
      sample(0.45, 0.95, true),
      sample(0.55, 0.05, false),
      sample(0.9, 0.9, true),
      sample(0.1, 0.1, false),
    ];
    expect(chooseModelWeight(helpful).model).toBeGreaterThan(0);
    const noisy = [
      sample(0.6, 0.02, true),
      sample(0.4, 0.98, false),
      sample(0.9, 0.9, true),
      sample(0.1, 0.1, false),
    ];
    expect(chooseModelWeight(noisy).model).toBe(0);
  });
});
