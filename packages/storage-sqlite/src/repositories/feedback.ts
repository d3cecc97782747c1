// FeedbackRepository: the append-only feedback log. Per item in the order given; every item's, in
// pages of the log's order (a keyset cursor on seq), for training.
import { randomUUID } from 'node:crypto';
import type { FeedbackKind, FeedbackRepository, ItemFeedback } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { decodeSeqCursor, pageOf } from './seq-cursor.ts';

interface FeedbackRow {
  seq: number;
  id: string;
  item_id: string;
  kind: FeedbackKind;
  topic: string | null;
  actor: string;
  at: string;
  note: string | null;
}

const COLUMNS = 'seq, id, item_id, kind, topic, actor, at, note';

const toFeedback = (row: FeedbackRow): ItemFeedback => ({
  id: row.id,
  itemId: row.item_id,
  kind: row.kind,
  topic: row.topic,
  actor: row.actor,
  at: row.at,
  note: row.note,
});

export function createFeedbackRepository(db: Database): FeedbackRepository {
  const insert = db.prepare(`
    INSERT INTO item_feedback (id, item_id, kind, topic, actor, at, note)
    VALUES (@id, @itemId, @kind, @topic, @actor, @at, @note) RETURNING ${COLUMNS}`);
  const forItem = db.prepare(`SELECT ${COLUMNS} FROM item_feedback WHERE item_id = ? ORDER BY seq`);
  const list = db.prepare(
    `SELECT ${COLUMNS} FROM item_feedback WHERE seq > @after ORDER BY seq LIMIT @limit`,
  );

  return {
    async add(feedback) {
      return toFeedback(insert.get({ ...feedback, id: randomUUID() }) as FeedbackRow);
    },
    async forItem(itemId) {
      return (forItem.all(itemId) as FeedbackRow[]).map(toFeedback);
    },
    async list(options) {
      const rows = list.all({
        after: options.cursor ? decodeSeqCursor(options.cursor) : 0,
        limit: options.limit + 1,
      }) as FeedbackRow[];
      const page = pageOf(rows, options.limit);
      return { feedback: page.rows.map(toFeedback), nextCursor: page.nextCursor };
    },
  };
}
