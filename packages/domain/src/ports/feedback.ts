// Analyst feedback on items: relevant / not relevant, a topic added / removed. Kept as an
// append-only log per item (who said what, when); the labels an item has now are the latest word
// on each question (feedbackLabels). Training a topic model reads the labels of every item.

export const FEEDBACK_KINDS = ['relevant', 'not_relevant', 'topic_added', 'topic_removed'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface ItemFeedback {
  id: string;
  itemId: string;
  kind: FeedbackKind;
  /** The topic of topic_added / topic_removed; null for the relevance kinds. */
  topic: string | null;
  /** "user:<id>" or "token:<id>", as in the audit log. */
  actor: string;
  at: string;
  note: string | null;
}

export interface FeedbackRepository {
  add(feedback: Omit<ItemFeedback, 'id'>): Promise<ItemFeedback>;
  /** One item's feedback, oldest first. */
  forItem(itemId: string): Promise<ItemFeedback[]>;
  /** Every item's feedback, oldest first, a page at a time (training reads it all). */
  list(options: { limit: number; cursor?: string | null }): Promise<{
    feedback: ItemFeedback[];
    nextCursor: string | null;
  }>;
}

/** What the feedback on one item says now. */
export interface FeedbackLabels {
  /** Relevant (true), not relevant (false), or not said (null). */
  relevant: boolean | null;
  /** Per topic: added (true) or removed (false); topics nobody touched are absent. */
  topics: Record<string, boolean>;
}

/** The latest word on each question wins; `entries` oldest first. */
export function feedbackLabels(entries: readonly ItemFeedback[]): FeedbackLabels {
  const labels: FeedbackLabels = { relevant: null, topics: {} };
  for (const entry of entries) {
    if (entry.kind === 'relevant' || entry.kind === 'not_relevant')
      labels.relevant = entry.kind === 'relevant';
    else if (entry.topic) labels.topics[entry.topic] = entry.kind === 'topic_added';
  }
  return labels;
}
