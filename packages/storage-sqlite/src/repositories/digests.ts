// DigestRepository: daily digest subscriptions and the log of what was sent for which day. A
// "sent" record is final, which makes sending idempotent per subscriber and day.
import type { DigestRepository, DigestSend, DigestSubscription } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

export function createDigestRepository(db: Database): DigestRepository {
  const upsert = db.prepare(`
    INSERT INTO digest_subscriptions (id, user_id, doc, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, doc = excluded.doc`);
  const getOne = db.prepare('SELECT doc FROM digest_subscriptions WHERE id = ?').pluck();
  const listAll = db.prepare('SELECT doc FROM digest_subscriptions ORDER BY created_at, id').pluck();
  const listForUser = db
    .prepare('SELECT doc FROM digest_subscriptions WHERE user_id = ? ORDER BY created_at, id')
    .pluck();
  const remove = db.prepare('DELETE FROM digest_subscriptions WHERE id = ?');
  const getSend = db.prepare('SELECT doc FROM digest_sends WHERE subscription_id = ? AND day = ?').pluck();
  // A failed attempt may be replaced by a later one; a sent record is never replaced.
  const putSend = db.prepare(`
    INSERT INTO digest_sends (subscription_id, day, status, doc) VALUES (?, ?, ?, ?)
    ON CONFLICT (subscription_id, day) DO UPDATE SET status = excluded.status, doc = excluded.doc
    WHERE digest_sends.status <> 'sent'`);
  const listSends = db
    .prepare('SELECT doc FROM digest_sends WHERE subscription_id = ? ORDER BY day DESC LIMIT ?')
    .pluck();

  const parse = <T>(doc: string) => JSON.parse(doc) as T;
  return {
    async save(subscription) {
      upsert.run(subscription.id, subscription.userId, JSON.stringify(subscription), subscription.createdAt);
    },
    async get(id) {
      const doc = getOne.get(id) as string | undefined;
      return doc === undefined ? null : parse<DigestSubscription>(doc);
    },
    async list(query) {
      const docs = query?.userId === undefined ? listAll.all() : listForUser.all(query.userId);
      return (docs as string[]).map((doc) => parse<DigestSubscription>(doc));
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async getSend(subscriptionId, day) {
      const doc = getSend.get(subscriptionId, day) as string | undefined;
      return doc === undefined ? null : parse<DigestSend>(doc);
    },
    async recordSend(send) {
      putSend.run(send.subscriptionId, send.day, send.status, JSON.stringify(send));
    },
    async listSends(subscriptionId, limit) {
      return (listSends.all(subscriptionId, limit) as string[]).map((doc) => parse<DigestSend>(doc));
    },
  };
}
