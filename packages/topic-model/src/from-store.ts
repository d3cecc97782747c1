// Training examples from the stores: every item's feedback (read a page at a time) with the
// item's headline and text. Items deleted since are skipped.
import type { FeedbackRepository, ItemFeedback, ItemStore } from '@presswatch/domain';
import { examplesFromFeedback } from './examples.ts';
import type { ModelDocument } from './features.ts';
import type { TopicExample } from './train.ts';

export async function examplesFromStores(
  stores: { feedback: FeedbackRepository; items: Pick<ItemStore, 'get'> },
  pageSize = 500,
): Promise<TopicExample[]> {
  const feedback: ItemFeedback[] = [];
  let cursor: string | null = null;
  do {
    const page = await stores.feedback.list({ limit: pageSize, cursor });
    feedback.push(...page.feedback);
    cursor = page.nextCursor;
  } while (cursor);
  const documents = new Map<string, ModelDocument>();
  for (const itemId of new Set(feedback.map((entry) => entry.itemId))) {
    const item = await stores.items.get(itemId);
    if (item) documents.set(itemId, { title: item.title, text: item.text });
  }
  return examplesFromFeedback(feedback, documents);
}
