// FeedbackRepository over the engine: the append-only feedback log in insertion order; one
// item's feedback by a filtered search, every item's in pages with a search_after cursor.
import { randomUUID } from 'node:crypto';
import type { FeedbackRepository, ItemFeedback } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type CollectionPlacement, openCollection } from '../collection/index.ts';
import { findPage } from './find-page.ts';
import { insertionSeq } from './insertion-seq.ts';

interface FeedbackDoc {
  seq: number;
  item_id: string;
  feedback: ItemFeedback;
}

const CURSOR_TAG = 'feedback';

export function createFeedbackRepository(
  client: EngineClient,
  options: CollectionPlacement,
): FeedbackRepository {
  const log = openCollection<FeedbackDoc>(client, {
    name: 'feedback',
    ...options,
    properties: {
      seq: { type: 'long' },
      item_id: { type: 'keyword' },
      feedback: { type: 'object', enabled: false },
    },
  });
  const nextSeq = insertionSeq();

  return {
    async add(input) {
      const feedback: ItemFeedback = { ...input, id: randomUUID() };
      await log.put(feedback.id, { seq: nextSeq(), item_id: feedback.itemId, feedback }, { create: true });
      return feedback;
    },
    async forItem(itemId) {
      const hits = await log.findAll({
        filter: { where: [{ term: { item_id: itemId } }] },
        sort: [{ seq: 'asc' }],
      });
      return hits.map((hit) => hit.doc.feedback);
    },
    async list(query) {
      const { hits, nextCursor } = await findPage(log, {
        tag: CURSOR_TAG,
        sort: [{ seq: 'asc' }],
        limit: query.limit,
        cursor: query.cursor,
      });
      return { feedback: hits.map((hit) => hit.doc.feedback), nextCursor };
    },
  };
}
