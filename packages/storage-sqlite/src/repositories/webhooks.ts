// WebhookRepository: subscriptions as JSON documents, plus each one's next send slot for the
// per-subscription rate limit (taken atomically, so two workers never both send early).
import type { WebhookRepository, WebhookSubscription } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

export function createWebhookRepository(db: Database): WebhookRepository {
  const upsert = db.prepare(`
    INSERT INTO webhook_subscriptions (id, doc, created_at) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`);
  const getOne = db.prepare('SELECT doc FROM webhook_subscriptions WHERE id = ?').pluck();
  const listAll = db.prepare('SELECT doc FROM webhook_subscriptions ORDER BY created_at, id').pluck();
  const remove = db.prepare('DELETE FROM webhook_subscriptions WHERE id = ?');
  const readSlot = db.prepare('SELECT next_slot_at FROM webhook_subscriptions WHERE id = ?').pluck();
  const writeSlot = db.prepare('UPDATE webhook_subscriptions SET next_slot_at = ? WHERE id = ?');

  const takeSlot = db.transaction((id: string, now: number, intervalMs: number): number => {
    const slot = readSlot.get(id) as number | undefined;
    if (slot === undefined) return 0; // deleted meanwhile: the sender finds out itself
    if (slot > now) return slot - now;
    writeSlot.run(now + intervalMs, id);
    return 0;
  });

  return {
    async save(subscription) {
      upsert.run(subscription.id, JSON.stringify(subscription), subscription.createdAt);
    },
    async get(id) {
      const doc = getOne.get(id) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as WebhookSubscription);
    },
    async list() {
      return (listAll.all() as string[]).map((doc) => JSON.parse(doc) as WebhookSubscription);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async takeSendSlot(id, now, intervalMs) {
      return takeSlot.immediate(id, now.getTime(), intervalMs);
    },
  };
}
