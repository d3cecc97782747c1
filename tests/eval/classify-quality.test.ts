// The classifier's quality on the labelled dev set (../shared/eval/topics-dev.jsonl): issue 4's
// targets on the high-confidence items — each topic F1 ≥ 0.90, province relevance F1 ≥ 0.95.
// `npm run eval` prints the full table (all items and high-confidence items).
import { describe, expect, it } from 'vitest';
import { DEV_SET, devSetPresent, evaluate, loadShippedModel, predict, readEvalSet } from './evaluate.ts';

const present = devSetPresent();

describe.skipIf(!present && !process.env.CI)(
  `classifier quality on the dev set (${present ? DEV_SET : 'missing: ../shared/eval, skipped'})`,
  () => {
    it('meets the targets on high-confidence items', () => {
      const model = loadShippedModel();
      const report = evaluate(
        predict(readEvalSet(), model),
        model.topics.map((topic) => topic.topic),
      );
      expect(report.high.items).toBeGreaterThan(200);
      for (const [topic, scores] of Object.entries(report.high.topics)) {
        expect(scores.f1, `${topic} F1`).toBeGreaterThanOrEqual(0.9);
      }
      expect(report.high.province.f1, 'province F1').toBeGreaterThanOrEqual(0.95);
    });
  },
);
