// DeliveryRepository: the webhook delivery log. A delivery is open while it collects alert
// entries (batching), then sealed with its exact body and sent, retried, delivered or failed.
// delivery_entries remembers every entry key per subscription, so replaying an alert event
// never adds it to a message twice.
import type { AddEntryInput, Delivery, DeliveryRepository, DeliveryStatus } from '@presswatch/domain';
import { NotFoundError, openedDelivery } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { decodeSeqCursor, encodeSeqCursor } from './alerts.ts';

/** held_until is part of the open-delivery lookup key; '' stands for "not held". */
const holdKey = (heldUntil: string | null) => heldUntil ?? '';

export function createDeliveryRepository(db: Database): DeliveryRepository {
  const s = prepare(db);
  const write = (delivery: Delivery) =>
    s.upsert.run({
      id: delivery.id,
      subscription_id: delivery.subscriptionId,
      status: delivery.status,
      held_until: holdKey(delivery.heldUntil),
      entry_count: delivery.entries.length,
      created_at: Date.parse(delivery.createdAt),
      doc: JSON.stringify(delivery),
    });
  const read = (id: string): Delivery | null => {
    const doc = s.getDoc.get(id) as string | undefined;
    return doc === undefined ? null : (JSON.parse(doc) as Delivery);
  };

  const addEntry = db.transaction((input: AddEntryInput) => {
    const known = s.getEntry.get(input.subscriptionId, input.entryKey) as string | undefined;
    if (known !== undefined) return { delivery: null, created: false };
    const openId = s.findOpen.get(input.subscriptionId, holdKey(input.heldUntil), input.maxEntries) as
      | string
      | undefined;
    const open = openId ? read(openId) : null;
    const delivery: Delivery = open
      ? { ...open, entries: [...open.entries, input.entry] }
      : openedDelivery(input);
    write(delivery);
    s.insertEntry.run(input.subscriptionId, input.entryKey, delivery.id);
    return { delivery, created: !open };
  });

  const seal = db.transaction((id: string, body: { body: string; contentType: string }, now: string) => {
    const current = read(id);
    if (current?.status !== 'open') return null;
    const sealed: Delivery = { ...current, status: 'sending', sealedAt: now, ...body };
    write(sealed);
    return sealed;
  });

  const recordAttempt = db.transaction(
    (
      id: string,
      attempt: Delivery['attempts'][number],
      next: { status: DeliveryStatus; nextAttemptAt: string | null },
    ) => {
      const current = read(id);
      if (!current) throw new NotFoundError(`No delivery ${id}`);
      const updated: Delivery = {
        ...current,
        attempts: [...current.attempts, attempt],
        status: next.status,
        nextAttemptAt: next.nextAttemptAt,
        deliveredAt: next.status === 'delivered' ? attempt.at : current.deliveredAt,
      };
      write(updated);
      return updated;
    },
  );

  return {
    async addEntry(input) {
      return addEntry.immediate(input);
    },
    async insert(delivery) {
      write(delivery);
    },
    async get(id) {
      return read(id);
    },
    async seal(id, body, now) {
      return seal.immediate(id, body, now);
    },
    async recordAttempt(id, attempt, next) {
      return recordAttempt.immediate(id, attempt, next);
    },
    async list(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.subscriptionId !== undefined) {
        where.push('subscription_id = ?');
        params.push(query.subscriptionId);
      }
      if (query.status !== undefined) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (query.cursor) {
        where.push('seq < ?');
        params.push(decodeSeqCursor(query.cursor));
      }
      const sql = `SELECT seq, doc FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY seq DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, query.limit + 1) as { seq: number; doc: string }[];
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        deliveries: page.map((row) => JSON.parse(row.doc) as Delivery),
        nextCursor: rows.length > query.limit && last ? encodeSeqCursor(last.seq) : null,
      };
    },
  };
}

function prepare(db: Database) {
  return {
    upsert: db.prepare(`
      INSERT INTO deliveries (id, subscription_id, status, held_until, entry_count, created_at, doc)
      VALUES (@id, @subscription_id, @status, @held_until, @entry_count, @created_at, @doc)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, entry_count = excluded.entry_count,
        doc = excluded.doc`),
    getDoc: db.prepare('SELECT doc FROM deliveries WHERE id = ?').pluck(),
    getEntry: db
      .prepare('SELECT delivery_id FROM delivery_entries WHERE subscription_id = ? AND entry_key = ?')
      .pluck(),
    insertEntry: db.prepare(
      'INSERT INTO delivery_entries (subscription_id, entry_key, delivery_id) VALUES (?, ?, ?)',
    ),
    findOpen: db
      .prepare(
        `SELECT id FROM deliveries WHERE subscription_id = ? AND status = 'open' AND held_until = ?
           AND entry_count < ? ORDER BY seq LIMIT 1`,
      )
      .pluck(),
  };
}
