// Training examples from the three places labels come from: a labelled file (every topic decided
// for every item), analyst feedback (one topic at a time, the latest word wins), and the rule
// classifier's confident outputs (sure yes, sure no), which fill in what nobody said.
import { feedbackLabels, type ItemFeedback } from '@presswatch/domain';
import type { ModelDocument } from './features.ts';
import type { TopicExample } from './train.ts';

/** A line of a labelled JSONL file such as ../shared/eval/topics-dev.jsonl. */
export interface LabelledRecord extends ModelDocument {
  id: string;
  topics: string[];
}

/** Every topic of `topics` is decided: listed means about it, absent means not. */
export function examplesFromLabelled(
  records: readonly LabelledRecord[],
  topics: readonly string[],
): TopicExample[] {
  return records.map((record) => ({
    id: record.id,
    title: record.title,
    text: record.text,
    labels: Object.fromEntries(topics.map((topic) => [topic, record.topics.includes(topic)])),
  }));
}

/** One example per item with feedback about a topic; `documents` gives the items' text. */
export function examplesFromFeedback(
  feedback: readonly ItemFeedback[],
  documents: ReadonlyMap<string, ModelDocument>,
): TopicExample[] {
  const byItem = new Map<string, ItemFeedback[]>();
  for (const entry of feedback) byItem.set(entry.itemId, [...(byItem.get(entry.itemId) ?? []), entry]);
  const examples: TopicExample[] = [];
  for (const [itemId, entries] of byItem) {
    const document = documents.get(itemId);
    const labels = feedbackLabels(entries).topics;
    if (document && Object.keys(labels).length > 0) {
      examples.push({ id: itemId, title: document.title, text: document.text, labels });
    }
  }
  return examples;
}

export interface ConfidentRuleThresholds {
  /** A rule score at least this is a sure yes. */
  positiveAt: number;
  /** A rule score at most this is a sure no. */
  negativeAt: number;
}

export const DEFAULT_CONFIDENT_RULES: ConfidentRuleThresholds = { positiveAt: 0.8, negativeAt: 0.05 };

/** The topics the rules are sure about, added where `labels` says nothing (people win). */
export function withConfidentRuleLabels(
  example: TopicExample,
  ruleScores: Readonly<Record<string, number>>,
  thresholds: ConfidentRuleThresholds = DEFAULT_CONFIDENT_RULES,
): TopicExample {
  const labels = { ...example.labels };
  for (const [topic, score] of Object.entries(ruleScores)) {
    if (topic in labels) continue;
    if (score >= thresholds.positiveAt) labels[topic] = true;
    else if (score <= thresholds.negativeAt) labels[topic] = false;
  }
  return { ...example, labels };
}
